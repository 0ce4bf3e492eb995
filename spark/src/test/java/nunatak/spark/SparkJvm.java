package nunatak.spark;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The module flags Spark wants on every JVM (the build passes them to the test JVM, see the parent pom's
 * {@code spark.javaModuleOptions}); the cluster's daemons and executors get the same.
 */
final class SparkJvm {
    private SparkJvm() {
    }

    static List<String> moduleOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")
                        || a.startsWith("-Dio.netty.") || a.startsWith("-Djdk.reflect."))
                .toList();
    }
}
