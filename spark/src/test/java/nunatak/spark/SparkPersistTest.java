package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.Grid;
import nunatak.engine.Engine;
import nunatak.engine.ProgressListener;
import nunatak.mosaic.MosaicSpec;
import nunatak.source.SourceOptions;
import nunatak.testing.Fixtures;
import nunatak.testing.PixelAssertions;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** persist() leaves the partial results cached on the cluster; the same computation later reads no source bytes. */
@ExtendWith(SharedSpark.class)
class SparkPersistTest {

    @Test
    void persistedResultsAreKeptAndReusedWithoutReadingAgain() {
        SparkEngine spark = SharedSpark.engine();
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            DataArray lazy = DataArray.open(MosaicSpec.of(server.baseUrl()
                            + "/rema-mini/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif")
                    .withRows(List.of(40, 39, 38, 37)).withCols(List.of(20, 21, 22, 23)).withChunks(200)
                    .withOptions(SourceOptions.DEFAULT.withCacheBytes(0)))
                    .where(Condition.gt(0)).coarsen(Map.of("y", 25, "x", 25), Boundary.TRIM).std();
            server.clearRequests();
            DataArray persisted = lazy.persist(spark, ProgressListener.NONE);
            assertFalse(persisted.isLazy());
            assertFalse(server.requests().isEmpty());
            assertFalse(spark.lastJob().fromKept());
            assertEquals(1, spark.keptResults());
            assertTrue(spark.sparkContext().getPersistentRDDs().values().exists(rdd -> rdd.name().contains("coarsen 25x25")),
                    "a named, cached RDD (the UI's Storage tab)");

            server.clearRequests();
            Grid again = lazy.compute(spark).values();
            assertTrue(spark.lastJob().fromKept(), "served from the kept partitions");
            assertEquals(List.of(), server.requests(), "nothing read again");
            PixelAssertions.assertSameGrid(persisted.values(), again, 1e-6);
            PixelAssertions.assertSameGrid(lazy.compute(Engine.local()).values(), again, 1e-6);

            spark.unpersistAll();
            assertEquals(0, spark.keptResults());
            server.clearRequests();
            lazy.compute(spark);
            assertFalse(spark.lastJob().fromKept());
            assertFalse(server.requests().isEmpty());
        }
    }

}
