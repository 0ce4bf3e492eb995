package nunatak.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;

/**
 * Configures and starts the Spark context of a {@link SparkEngine}.
 *
 * <pre>{@code
 * SparkEngine spark = SparkEngine.builder()
 *         .master("spark://head:7077")
 *         .conf("spark.executor.memory", "4g")
 *         .conf("spark.executorEnv.AWS_REGION", "us-west-2")
 *         .build();
 * }</pre>
 *
 * Without a master, the one spark-submit set ({@code spark.master}) is used, else {@code local[*]}.
 */
public final class SparkEngineBuilder {
    private String master;
    private String appName = "nunatak";
    private final Map<String, String> conf = new LinkedHashMap<>();

    SparkEngineBuilder() {
    }

    public SparkEngineBuilder master(String master) {
        this.master = master;
        return this;
    }

    public SparkEngineBuilder appName(String name) {
        this.appName = name;
        return this;
    }

    /** Any Spark setting, e.g. {@code spark.executor.memory}; also {@link Partitioning}'s keys. */
    public SparkEngineBuilder conf(String key, String value) {
        conf.put(key, value);
        return this;
    }

    public SparkEngineBuilder conf(Map<String, String> settings) {
        conf.putAll(settings);
        return this;
    }

    public SparkEngineBuilder partitioning(Partitioning p) {
        conf.put(Partitioning.MIN_PARTITION_BYTES, String.valueOf(p.minPartitionBytes()));
        conf.put(Partitioning.MAX_PARTITION_BYTES, String.valueOf(p.maxPartitionBytes()));
        conf.put(Partitioning.MAX_PARTITIONS, String.valueOf(p.maxPartitions()));
        return this;
    }

    public SparkEngine build() {
        SparkConf c = configuration();
        // Netty reads this once, when Spark first loads it; spark-submit passes it as a JVM flag.
        if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) {
            System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        }
        try {
            return new SparkEngine(new SparkContext(c), true, Partitioning.from(c));
        } catch (RuntimeException e) {
            throw new NunatakException("cannot start Spark on " + c.get("spark.master") + ": " + e.getMessage()
                    + hint(c.get("spark.master")), e);
        }
    }

    /** The Spark configuration the engine will start with (spark-submit's {@code spark.*} properties included). */
    SparkConf configuration() {
        SparkConf c = new SparkConf(true);
        c.setIfMissing("spark.app.name", appName);
        c.set("spark.ui.showConsoleProgress", "false"); // nunatak draws its own progress bar
        if (master != null) {
            c.setMaster(master);
        } else if (!c.contains("spark.master")) {
            c.setMaster("local[*]");
        }
        conf.forEach(c::set);
        if (c.get("spark.master").startsWith("local")) {
            // Nothing outside this machine talks to a local driver: don't listen on the network.
            c.setIfMissing("spark.driver.host", "127.0.0.1");
            c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        if (c.get("spark.master").toLowerCase(Locale.ROOT).equals("yarn") && !c.contains("spark.yarn.jars")
                && !c.contains("spark.submit.deployMode")) {
            throw new InvalidArgumentException("--master yarn needs spark-submit: spark-submit --master yarn --class "
                    + "nunatak.cli.Main nunatak-spark-app.jar coarsen ... --engine spark (see docs/scaling-out.md)");
        }
        return c;
    }

    private static String hint(String master) {
        if (master.startsWith("k8s://")) {
            return " (a Kubernetes master needs spark-kubernetes on the class path, as the nunatak CLI has, and a "
                    + "container image: --conf spark.kubernetes.container.image=...; see docs/scaling-out.md)";
        }
        if (master.startsWith("spark://")) {
            return " (is the master running and reachable? start one with start-master.sh, see docs/scaling-out.md)";
        }
        return "";
    }
}
