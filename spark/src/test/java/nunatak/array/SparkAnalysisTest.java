package nunatak.array;

import nunatak.engine.Engine;
import nunatak.spark.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;

/** Profiles, points, terrain and zonal statistics on Spark {@code local[2]}: the same references as locally. */
@ExtendWith(SharedSpark.class)
class SparkAnalysisTest extends AnalysisContract {
    @Override
    protected Engine engine() {
        return SharedSpark.engine();
    }
}
