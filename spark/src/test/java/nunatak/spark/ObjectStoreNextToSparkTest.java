package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicSpec;
import nunatak.source.Auth;
import nunatak.source.S3Options;
import nunatak.source.SourceOptions;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The AWS SDK (Apache HTTP client, no Netty of its own) works inside Spark tasks next to Spark's libraries:
 * the mosaic read as {@code s3://rema-mini/...} from an S3-compatible endpoint (path-style, on 127.0.0.1).
 */
@ExtendWith(SharedSpark.class)
class ObjectStoreNextToSparkTest {

    @Test
    void s3TilesReadInSparkTasksGiveTheLocalResult() {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            SourceOptions s3 = SourceOptions.DEFAULT.withCacheBytes(0).withS3(S3Options.DEFAULT
                    .withEndpoint(URI.create(server.baseUrl())).withRegion("us-west-2").withAuth(Auth.ANONYMOUS));
            DataArray lazy = DataArray.open(MosaicSpec.of("s3://rema-mini/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif")
                            .withRows(List.of(40, 39)).withCols(List.of(20, 21)).withOptions(s3))
                    .where(Condition.gt(0)).coarsen(Map.of("y", 50, "x", 50), Boundary.TRIM).max();
            server.clearRequests();
            double[] spark = values(lazy.compute(SharedSpark.engine()));
            assertTrue(server.requests().stream().allMatch(r -> r.path().startsWith("/rema-mini/")),
                    server.requests()::toString);
            assertTrue(server.requests().size() >= 4, "block reads went to the S3 endpoint");
            double[] local = values(lazy.compute(Engine.local()));
            assertEquals(local.length, spark.length);
            for (int i = 0; i < local.length; i++) {
                assertEquals(local[i], spark[i], "cell " + i);
            }
        }
    }

    private static double[] values(DataArray a) {
        double[] v = new double[a.values().values().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.values().values().get(i);
        }
        return v;
    }
}
