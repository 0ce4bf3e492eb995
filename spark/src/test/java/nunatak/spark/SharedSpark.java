package nunatak.spark;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@code local[2]} Spark engine for the whole test JVM (a JVM holds one Spark context), stopped when the
 * test run ends. Test classes that use it say {@code @ExtendWith(SharedSpark.class)}.
 */
public final class SharedSpark implements BeforeAllCallback {
    private static SparkEngine engine;

    public static synchronized SparkEngine engine() {
        if (engine == null) {
            engine = SparkEngine.builder().master("local[2]").appName("nunatak-tests")
                    .conf("spark.ui.enabled", "false")
                    .build();
        }
        return engine;
    }

    private static synchronized void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedSpark.class, k -> (AutoCloseable) SharedSpark::stop);
    }
}
