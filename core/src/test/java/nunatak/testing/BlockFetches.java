package nunatak.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nunatak.source.ByteRange;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageLevel;

/**
 * Checks on what a {@link RangeHttpServer} was asked for: every needed block in exactly one request, and
 * nothing else. Used by the laziness tests of every engine.
 */
public final class BlockFetches {
    private BlockFetches() {
    }

    public static void assertEachBlockFetchedOnce(RangeHttpServer server, Map<String, List<ByteRange>> expected) {
        Map<String, List<ByteRange>> got = new HashMap<>();
        for (RangeHttpServer.Request r : server.requests()) {
            String[] p = r.range().substring(6).split("-");
            long a = Long.parseLong(p[0]);
            got.computeIfAbsent(r.path(), k -> new ArrayList<>()).add(new ByteRange(a, Long.parseLong(p[1]) - a + 1));
        }
        assertEquals(expected.keySet(), got.keySet(), "files read");
        long fetched = 0;
        long needed = 0;
        for (Map.Entry<String, List<ByteRange>> e : expected.entrySet()) {
            for (ByteRange block : e.getValue()) {
                long covering = got.get(e.getKey()).stream().filter(r -> r.contains(block)).count();
                assertEquals(1, covering, e.getKey() + " " + block + " fetched " + covering + " times");
                needed += block.length();
            }
            fetched += got.get(e.getKey()).stream().mapToLong(ByteRange::length).sum();
        }
        assertEquals(needed, fetched, "bytes fetched beyond the needed blocks");
    }

    /** Byte ranges of blocks (rows x cols) of a fixture file at one level. */
    public static List<ByteRange> blockRanges(String tile, int level, int[] rows, int[] cols) {
        GeoTiff tif = GeoTiff.open(Fixtures.root().resolve(tile).toString());
        ImageLevel l = tif.level(level);
        List<ByteRange> out = new ArrayList<>();
        for (int by : rows) {
            for (int bx : cols) {
                assertTrue(bx < l.blocksAcross() && by < l.blocksDown());
                out.add(tif.blockRange(level, bx, by));
            }
        }
        return out;
    }
}
