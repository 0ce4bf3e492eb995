package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.mosaic.MosaicSpec;
import nunatak.source.ByteRange;
import nunatak.source.SourceOptions;
import nunatak.testing.BlockFetches;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** On Spark too, only the needed blocks cross the wire, each once, however tasks are grouped into partitions. */
@ExtendWith(SharedSpark.class)
class SparkLazinessTest {
    private static final String PATH = "rema-mini/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
    @RegisterExtension
    final RangeHttpServer server = RangeHttpServer.serve(Fixtures.root());

    private DataArray open(int chunks) {
        return DataArray.open(MosaicSpec.of(server.baseUrl() + "/" + PATH).withRows(List.of(40, 39, 38, 37))
                .withCols(List.of(20, 21, 22, 23)).withChunks(chunks)
                .withOptions(SourceOptions.DEFAULT.withCacheBytes(0)));
    }

    @Test
    void coarsenReadsEveryBlockExactlyOnce() {
        DataArray map = open(100).where(Condition.gt(0)).coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean();
        server.clearRequests();
        map.compute(SharedSpark.engine());
        JobReport job = SharedSpark.engine().lastJob();
        assertTrue(job.tasks() > job.sparkTasks(), "small block tasks share Spark partitions: " + job);
        Map<String, List<ByteRange>> expected = new HashMap<>();
        for (int i = 37; i <= 40; i++) {
            for (int j = 20; j <= 23; j++) {
                if (i != 38 || j != 21) {
                    String tile = String.format("rema-mini/%d_%d/%d_%d_400m_dem_COG_LZW.tif", i, j, i, j);
                    expected.put("/" + tile, BlockFetches.blockRanges(tile, 0, new int[] {0, 1}, new int[] {0, 1}));
                }
            }
        }
        BlockFetches.assertEachBlockFetchedOnce(server, expected);
        long blocks = expected.values().stream().mapToLong(List::size).sum();
        long needed = expected.values().stream().flatMap(List::stream).mapToLong(ByteRange::length).sum();
        // The report counts the blocks' byte counts; the fetched ranges add GDAL's 4-byte leader and trailer.
        assertEquals(needed - 8 * blocks, job.bytes());
    }

    @Test
    void aProfileReadsOnlyTheBlocksOfOneBlockRow() {
        DataArray profile = open(0).where(Condition.gt(0)).sel("y", 750000, DataArray.Method.NEAREST);
        server.clearRequests();
        profile.compute(SharedSpark.engine());
        Map<String, List<ByteRange>> expected = new HashMap<>();
        for (int j = 20; j <= 23; j++) {
            if (j != 21) {
                String tile = "rema-mini/38_" + j + "/38_" + j + "_400m_dem_COG_LZW.tif";
                expected.put("/" + tile, BlockFetches.blockRanges(tile, 0, new int[] {0}, new int[] {0, 1}));
            }
        }
        BlockFetches.assertEachBlockFetchedOnce(server, expected);
    }
}
