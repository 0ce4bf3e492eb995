package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nunatak.BadContentException;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicSpec;
import nunatak.testing.Fixtures;
import nunatak.testing.PixelAssertions;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook's coarsen and profile on a real multi-JVM Spark standalone cluster (a master and two workers on
 * 127.0.0.1, executors in their own JVMs), reading the tiles over HTTP: same values as the local engine, block
 * tasks run outside the driver, and a corrupt tile's error still arrives as the local engine raises it.
 */
@Timeout(300)
class StandaloneClusterIT {
    private static final String REMA = "/rema-mini/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";

    @Test
    void coarsenAndProfileRunOnExecutorJvmsWithTheLocalEnginesResults(@TempDir Path tmp) throws Exception {
        long t0 = System.nanoTime();
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root());
             LocalCluster cluster = LocalCluster.start(tmp, 2)) {
            double up = (System.nanoTime() - t0) / 1e9;
            try (SparkEngine spark = SparkEngine.builder().master(cluster.masterUrl()).appName("nunatak-cluster-test")
                    .conf("spark.driver.host", "127.0.0.1")
                    .conf("spark.driver.bindAddress", "127.0.0.1")
                    .conf("spark.ui.enabled", "false")
                    .conf("spark.executor.memory", "512m")
                    .conf("spark.executor.cores", "1")
                    .conf("spark.executor.extraClassPath", cluster.classPath())
                    .conf("spark.executor.extraJavaOptions",
                            LocalCluster.LIGHT_JVM + " " + String.join(" ", SparkJvm.moduleOptions()))
                    .build()) {
                awaitExecutors(spark, 2, cluster);
                DataArray dem = DataArray.open(MosaicSpec.of(server.baseUrl() + REMA)
                        .withRows(List.of(40, 39, 38, 37)).withCols(List.of(20, 21, 22, 23)).withChunks(128))
                        .where(Condition.gt(0));

                DataArray coarse = dem.coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean();
                PixelAssertions.assertSameGrid(coarse.compute(Engine.local()).values(), coarse.compute(spark).values(), 1e-6);
                JobReport coarsen = spark.lastJob();
                assertTrue(coarsen.ranOnExecutorsOnly(), "block tasks ran in executor JVMs: " + coarsen);

                DataArray profile = dem.sel("y", 750000, DataArray.Method.NEAREST);
                PixelAssertions.assertSameGrid(profile.compute(Engine.local()).values(), profile.compute(spark).values(), 0);
                assertTrue(spark.lastJob().ranOnExecutorsOnly(), spark.lastJob()::toString);

                DataArray corrupt = DataArray.open(MosaicSpec.of(server.baseUrl() + "/bad/corrupt_blocks.tif")
                        .withRows(List.of(1)).withCols(List.of(1)).withChunks(1024)).coarsen(Map.of("y", 7, "x", 7),
                        Boundary.TRIM).max();
                BadContentException local = assertThrows(BadContentException.class, () -> corrupt.compute(Engine.local()));
                BadContentException remote = assertThrows(BadContentException.class, () -> corrupt.compute(spark));
                assertEquals(local.getMessage(), remote.getMessage());

                System.out.printf("cluster up in %.1f s; coarsen: %s%n", up, coarsen);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + cluster.logTails(), e);
            }
        }
    }

    private static void awaitExecutors(SparkEngine spark, int n, LocalCluster cluster) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (spark.sparkContext().statusTracker().getExecutorInfos().length < n + 1) { // + the driver
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(n + " executors did not register" + cluster.logTails());
            }
            Thread.sleep(200);
        }
    }

}
