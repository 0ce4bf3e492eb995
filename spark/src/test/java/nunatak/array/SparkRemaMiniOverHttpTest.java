package nunatak.array;

import nunatak.engine.Engine;
import nunatak.spark.SharedSpark;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notebook's workflow on Spark with the tiles served over HTTP, as from a cloud bucket. */
@ExtendWith(SharedSpark.class)
class SparkRemaMiniOverHttpTest extends RemaMiniContract {
    private static RangeHttpServer server;

    @BeforeAll
    static void serve() {
        server = RangeHttpServer.serve(Fixtures.root());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected String template() {
        return server.baseUrl() + "/rema-mini/" + REF.get("template").asText();
    }

    @Override
    protected Engine engine() {
        return SharedSpark.engine();
    }
}
