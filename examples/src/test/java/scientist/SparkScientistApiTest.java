package scientist;

import nunatak.engine.Engine;
import nunatak.spark.SparkEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The scientist's program on Spark {@code local[2]}: the same numbers as on the local engine. */
class SparkScientistApiTest extends ScientistApiContract {
    private static SparkEngine spark;

    @BeforeAll
    static void start() {
        spark = SparkEngine.builder().master("local[2]").appName("scientist").conf("spark.ui.enabled", "false")
                .build();
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Override
    protected Engine engine() {
        return spark;
    }
}
