package nunatak.array;

import nunatak.engine.Engine;
import nunatak.spark.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notebook's workflow on Spark {@code local[2]}: the same references as the local engine. */
@ExtendWith(SharedSpark.class)
class SparkRemaMiniTest extends RemaMiniContract {
    @Override
    protected Engine engine() {
        return SharedSpark.engine();
    }
}
