package nunatak.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import nunatak.blocks.BlockRef;
import nunatak.blocks.TaskLayer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nunatak.analysis.SamplingMethod;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.MosaicSpec;
import nunatak.sample.SampleMosaic;
import nunatak.sample.SampleOptions;
import nunatak.sample.SampleProgress;
import nunatak.sample.SampleResult;
import nunatak.source.SourceOptions;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big chunks are split into tasks of bounded bytes, and still every block is planned exactly once; a scan
 * larger than half the block cache leaves the cache alone.
 */
class StagePlannerTest {
    @Test
    void aChunkLargerThanTheTaskLimitIsSplitWithoutDroppingOrRepeatingBlocks(@TempDir Path dir) {
        SampleResult sample = SampleMosaic.generate(SampleOptions.defaults(dir).withRows(new IndexRange(40, 39))
                .withCols(new IndexRange(20, 21)).withRes(25).withSeed(5), SampleProgress.NONE);
        DataArray map = DataArray.open(MosaicSpec.of(sample.pattern()).withRows(List.of(40, 39))
                        .withCols(List.of(20, 21)).withChunks(8000))
                .where(Condition.gt(0)).coarsen(Map.of("y", 100, "x", 100), Boundary.TRIM).mean();
        List<StageTask> tasks = StagePlanner.plan(Stage.of(map.node()));

        long total = tasks.stream().mapToLong(StageTask::bytes).sum();
        assertTrue(total > 4 * StagePlanner.MAX_TASK_BYTES, "the one chunk holds " + total + " bytes");
        assertTrue(tasks.size() > 4, "split into " + tasks.size() + " tasks");
        Set<BlockRef> seen = new HashSet<>();
        for (StageTask t : tasks) {
            List<BlockRef> blocks = t.layers().get(0).blocks();
            assertTrue(t.bytes() <= StagePlanner.MAX_TASK_BYTES || blocks.size() == 1, t.describe());
            for (BlockRef b : blocks) {
                assertTrue(seen.add(b), "block planned twice: " + b);
            }
        }
        assertEquals(4 * 8 * 8, seen.size(), "4 tiles of 4000 px in 512-pixel blocks");
    }

    @Test
    void randomPointsOverAChunkLargerThanTheTaskLimitFetchEachBlockOnce(@TempDir Path dir) {
        SampleResult sample = SampleMosaic.generate(SampleOptions.defaults(dir).withRows(new IndexRange(40, 39))
                .withCols(new IndexRange(20, 21)).withRes(25).withSeed(5), SampleProgress.NONE);
        DataArray dem = DataArray.open(MosaicSpec.of(sample.pattern()).withRows(List.of(40, 39))
                .withCols(List.of(20, 21)).withChunks(8000));
        double[] xs = dem.coord("x");
        double[] ys = dem.coord("y");
        java.util.Random random = new java.util.Random(7);
        int n = 200_000;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = xs[0] + random.nextDouble() * (xs[xs.length - 1] - xs[0]);
            py[i] = ys[ys.length - 1] + random.nextDouble() * (ys[0] - ys[ys.length - 1]);
        }
        for (SamplingMethod method : SamplingMethod.values()) {
            List<StageTask> tasks = StagePlanner.plan(Stage.of(dem.at(px, py, method).node()));
            assertTrue(tasks.size() > 4, method + ": split into " + tasks.size() + " tasks");
            Map<BlockRef, Integer> uses = new java.util.HashMap<>();
            for (StageTask t : tasks) {
                TaskLayer l = t.layers().get(0);
                for (int i = 0; i < l.blocks().size(); i++) {
                    BlockRef b = l.blocks().get(i);
                    uses.merge(b, 1, Integer::sum);
                    assertTrue(uses.get(b) == 1 || l.cachesBlock(i), "a block several tasks read goes through the cache");
                }
            }
            assertEquals(4 * 8 * 8, uses.size(), method + ": every block holds points");
            // Nearest points never share a block between tasks; a bilinear point on a block's edge also needs the
            // block beside it, which may belong to the next task (at most the four around a corner).
            int most = uses.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            assertTrue(most <= (method == SamplingMethod.NEAREST ? 1 : 4), method + ": a block planned by " + most
                    + " tasks");
        }
    }

    @Test
    void blocksGoIntoTheCacheOnlyWhenTheStageIsSmallerThanHalfOfIt() {
        String template = Fixtures.root().resolve("rema-mini").toUri() + "{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
        for (long cacheBytes : new long[] {0, 1 << 20, 64 << 20}) {
            DataArray dem = DataArray.open(MosaicSpec.of(template).withRows(List.of(40, 39, 38, 37))
                    .withCols(List.of(20, 21, 22, 23)).withOptions(SourceOptions.DEFAULT.withCacheBytes(cacheBytes)));
            List<StageTask> tasks = StagePlanner.plan(Stage.of(dem.node()));
            long total = tasks.stream().mapToLong(StageTask::bytes).sum();
            assertTrue(total > (1 << 19) && total < (32 << 20), "the fixture's blocks hold " + total + " bytes");
            boolean expected = cacheBytes == 64 << 20;
            for (StageTask t : tasks) {
                TaskLayer l = t.layers().get(0);
                for (int i = 0; i < l.blocks().size(); i++) {
                    assertEquals(expected, l.cachesBlock(i), "cache of " + cacheBytes + " bytes");
                }
            }
        }
    }
}
