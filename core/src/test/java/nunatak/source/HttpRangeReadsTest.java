package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.Raster;
import nunatak.tiff.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Counts what crosses the wire: one request to open, one per block, one for a row of adjacent blocks. */
class HttpRangeReadsTest {
    @RegisterExtension
    final RangeHttpServer server = RangeHttpServer.serve(Fixtures.root());
    private final SourceOptions options = SourceOptions.DEFAULT.withCacheBytes(0);

    @Test
    void openingACogIsOneRangedGet() {
        GeoTiff tif = GeoTiff.open(server.uri("cog/lzw.tif").toString(), options);
        assertEquals(700, tif.width());
        List<RangeHttpServer.Request> reqs = server.requests();
        assertEquals(1, reqs.size(), reqs::toString);
        assertEquals("GET", reqs.get(0).method());
        assertEquals("bytes=0-16383", reqs.get(0).range());
    }

    @Test
    void oneBlockIsOneRequest() {
        GeoTiff tif = GeoTiff.open(server.uri("cog/lzw.tif").toString(), options);
        server.clearRequests();
        Raster r = tif.read(new Window(260, 260, 100, 100)); // inside block (1, 1)
        assertEquals(100, r.width());
        assertEquals(1, server.requests().size(), server.requests()::toString);
    }

    @Test
    void aRowOfThreeAdjacentBlocksIsOneMergedRequest() {
        GeoTiff tif = GeoTiff.open(server.uri("cog/lzw.tif").toString(), options);
        server.clearRequests();
        tif.read(new Window(0, 300, 700, 10)); // block row 1, blocks 0..2
        List<RangeHttpServer.Request> reqs = server.requests();
        assertEquals(1, reqs.size(), reqs::toString);
        assertTrue(reqs.stream().allMatch(r -> r.method().equals("GET")), "no HEAD or LIST requests");
    }

    @Test
    void mergedBlocksAreSlicesOfOneRequestAndDecodeAsWholeOnes() {
        GeoTiff tif = GeoTiff.open(server.uri("cog/lzw.tif").toString(), options);
        List<ByteRange> ranges = List.of(tif.blockRange(0, 1, 0, 1), tif.blockRange(0, 1, 1, 1), tif.blockRange(0, 1, 2, 1));
        server.clearRequests();
        List<ByteSlice> slices = tif.reader().readSlices(ranges, false, null);
        assertEquals(1, server.requests().size(), server.requests()::toString);
        assertTrue(slices.get(0).array() == slices.get(2).array(), "one array for the merged request");
        assertTrue(slices.get(1).offset() > 0);
        for (int bx = 0; bx < 3; bx++) {
            assertEquals(ranges.get(bx).length(), slices.get(bx).length());
            nunatak.tiff.Samples whole = tif.readBlock(0, bx, 1);
            nunatak.tiff.Samples sliced = tif.decodeBlock(0, 1, bx, 1, ranges.get(bx), slices.get(bx), null);
            for (int i = 0; i < whole.size(); i++) {
                assertEquals(Double.doubleToLongBits(whole.get(i)), Double.doubleToLongBits(sliced.get(i)));
            }
        }
    }

    @Test
    void theCacheAvoidsRefetching() {
        SourceOptions cached = SourceOptions.DEFAULT;
        ByteCache.shared().clear();
        GeoTiff tif = GeoTiff.open(server.uri("cog/lzw.tif").toString(), cached);
        Raster first = tif.read(new Window(0, 0, 256, 256));
        server.clearRequests();
        Raster again = tif.read(new Window(0, 0, 256, 256));
        assertEquals(0, server.requests().size(), server.requests()::toString);
        assertEquals(first.value(10, 10), again.value(10, 10));
    }

    @Test
    void sameValuesOverHttpAsFromFile() {
        GeoTiff local = GeoTiff.open(Fixtures.cog("lzw_pred3_bigtiff.tif").toString());
        GeoTiff remote = GeoTiff.open(server.uri("cog/lzw_pred3_bigtiff.tif").toString(), options);
        Window all = Window.of(local.width(), local.height());
        Raster a = local.read(all);
        Raster b = remote.read(all);
        for (int i = 0; i < a.samples().size(); i++) {
            assertEquals(Double.doubleToLongBits(a.samples().get(i)), Double.doubleToLongBits(b.samples().get(i)));
        }
    }
}
