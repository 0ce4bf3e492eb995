package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.engine.EngineProvider;
import nunatak.engine.ProgressListener;
import nunatak.mosaic.MosaicSpec;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Progress, reports, and the ways to get an engine. */
@ExtendWith(SharedSpark.class)
class SparkEngineTest {

    private static DataArray coarsen(int chunks) {
        return DataArray.open(MosaicSpec.of(Fixtures.remaMini() + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif")
                        .withRows(List.of(40, 39, 38, 37)).withCols(List.of(20, 21, 22, 23)).withChunks(chunks))
                .where(Condition.gt(0)).coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean();
    }

    @Test
    void progressCountsSparkTasksAndTheBytesTheyRead() {
        List<String> seen = new ArrayList<>();
        long[] bytes = new long[2];
        int[] done = new int[1];
        Thread caller = Thread.currentThread();
        ProgressListener p = new ProgressListener() {
            @Override
            public void started(String job, int tasks, long total) {
                seen.add(job + ": " + tasks);
                bytes[0] = total;
            }

            @Override
            public void taskDone(long b) {
                assertEquals(caller, Thread.currentThread(), "progress on the calling thread");
                done[0]++;
                bytes[1] += b;
            }

            @Override
            public void finished() {
                seen.add("finished");
            }
        };
        coarsen(128).compute(SharedSpark.engine(), p);
        JobReport job = SharedSpark.engine().lastJob();
        assertEquals(List.of("coarsen 10x10 mean: " + job.sparkTasks(), "finished"), seen);
        assertEquals(job.sparkTasks(), done[0]);
        assertEquals(job.bytes(), bytes[0]);
        assertEquals(job.bytes(), bytes[1], "bytes from the accumulator add up to the planned bytes");
        assertTrue(job.tasks() >= job.sparkTasks() && job.sparkTasks() >= 2, job::toString);
        assertEquals(java.util.Set.of(job.driverPid()), job.processIds(), "local mode runs in the driver's JVM");
        assertFalse(job.ranOnExecutorsOnly());
    }

    @Test
    void anExistingContextCanBeUsedAndIsLeftRunning() {
        SparkEngine shared = SharedSpark.engine();
        SparkEngine borrowed = SparkEngine.from(shared.sparkContext());
        DataArray a = coarsen(0).compute(borrowed);
        borrowed.close();
        assertFalse(shared.sparkContext().isStopped());
        assertEquals(a.values().get(5, 5), coarsen(0).compute(shared).values().get(5, 5));
        assertNull(shared.dashboardUrl(), "spark.ui.enabled=false in tests");
        assertEquals("spark local[2]", shared.name());
    }

    @Test
    void theEngineIsFoundByName() {
        assertTrue(EngineProvider.find("spark").isPresent());
        assertEquals(SparkEngineProvider.class, EngineProvider.find("spark").get().getClass());
    }

    @Test
    void aBuilderWithoutMasterUsesLocalAndBindsToLoopback() {
        var conf = SparkEngine.builder().conf("spark.ui.enabled", "false").configuration();
        assertEquals("local[*]", conf.get("spark.master"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
        assertEquals("false", conf.get("spark.ui.showConsoleProgress"));
    }
}
