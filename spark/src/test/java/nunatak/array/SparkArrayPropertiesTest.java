package nunatak.array;

import nunatak.engine.Engine;
import nunatak.spark.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;

/** Random views agree with an eager full read on Spark too (exact for min/max/count, 1e-6 for mean/std). */
@ExtendWith(SharedSpark.class)
class SparkArrayPropertiesTest extends ArrayPropertiesContract {
    @Override
    protected Engine engine() {
        return SharedSpark.engine();
    }
}
