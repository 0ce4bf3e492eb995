package nunatak.mosaic;

import nunatak.engine.Engine;
import nunatak.spark.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every source kind over every transport on Spark {@code local[2]}: the same references as the local engine. */
@ExtendWith(SharedSpark.class)
class SparkMosaicSourcesTest extends MosaicSourcesContract {
    @Override
    protected Engine engine() {
        return SharedSpark.engine();
    }
}
