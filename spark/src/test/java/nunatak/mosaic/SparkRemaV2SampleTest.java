package nunatak.mosaic;

import nunatak.engine.Engine;
import nunatak.spark.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;

/** REMA v2's real layout from every source kind on Spark {@code local[2]}: the same references as locally. */
@ExtendWith(SharedSpark.class)
class SparkRemaV2SampleTest extends RemaV2SampleContract {
    @Override
    protected Engine engine() {
        return SharedSpark.engine();
    }
}
