package nunatak.spark;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import nunatak.engine.Engine;
import nunatak.engine.ProgressListener;
import nunatak.engine.Task;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs nunatak's block tasks on Apache Spark: each Spark task runs a few neighbouring block tasks (grouped by
 * bytes to read, see {@link Partitioning}) on an executor, and the partial results stream back to the driver,
 * where core's evaluator assembles them exactly as on the local engine. Executors open COG headers and cache
 * bytes per JVM, so every block is still fetched once.
 *
 * <pre>{@code
 * try (SparkEngine spark = SparkEngine.connect("spark://head:7077")) {
 *     DataArray map = dem.where(Condition.gt(0)).coarsen(Map.of("y", 100, "x", 100), Boundary.TRIM).mean()
 *             .persist(spark, ProgressListener.NONE);   // also cached on the cluster (UI: Storage)
 *     System.out.println(spark.dashboardUrl());          // the Spark UI
 * }
 * SparkEngine inNotebook = SparkEngine.from(org.apache.spark.SparkContext.getOrCreate());   // an existing context
 * }</pre>
 */
public final class SparkEngine implements Engine {
    private final JavaSparkContext jsc;
    private final boolean ownsContext;
    private final JobEvents events;
    private final KeptResults kept = new KeptResults();
    private final SparkJob jobs;
    private volatile JobReport lastJob;

    SparkEngine(SparkContext sc, boolean ownsContext, Partitioning partitioning) {
        this.jsc = JavaSparkContext.fromSparkContext(sc);
        this.ownsContext = ownsContext;
        LongAccumulator bytesRead = sc.longAccumulator("nunatak bytes read");
        this.events = new JobEvents(bytesRead.id());
        sc.addSparkListener(events);
        this.jobs = new SparkJob(jsc, events, bytesRead, kept, partitioning);
    }

    /** Starts a Spark context on {@code master} ("local[*]", "spark://head:7077", "k8s://https://..."). */
    public static SparkEngine connect(String master) {
        return builder().master(master).build();
    }

    /** A builder for extra Spark configuration: {@code SparkEngine.builder().master(m).conf(k, v).build()}. */
    public static SparkEngineBuilder builder() {
        return new SparkEngineBuilder();
    }

    /** Runs on an existing context (a notebook's session: {@code from(spark.sparkContext())}); close() leaves it running. */
    public static SparkEngine from(SparkContext sc) {
        return new SparkEngine(sc, false, Partitioning.from(sc.getConf()));
    }

    public static SparkEngine from(JavaSparkContext jsc) {
        return from(jsc.sc());
    }

    public SparkContext sparkContext() {
        return jsc.sc();
    }

    @Override
    public <R extends Serializable> void run(String job, List<? extends Task<?, R>> tasks, Consumer<R> onResult,
                                             ProgressListener progress) {
        lastJob = jobs.run(job, tasks, onResult, progress, false);
    }

    /** Runs and keeps the results as a cached RDD (the UI's Storage tab), reused when the same tasks run again. */
    @Override
    public <R extends Serializable> void runAndKeep(String job, List<? extends Task<?, R>> tasks,
                                                    Consumer<R> onResult, ProgressListener progress) {
        lastJob = jobs.run(job, tasks, onResult, progress, true);
    }

    /** What the last job did (Spark tasks, bytes, the JVMs it ran in), or null before the first. */
    public JobReport lastJob() {
        return lastJob;
    }

    /** Number of persisted results still cached on the cluster. */
    public int keptResults() {
        return kept.size();
    }

    /** Frees the cluster memory that persisted results hold. */
    public void unpersistAll() {
        kept.dropAll();
    }

    @Override
    public String name() {
        return "spark " + jsc.sc().master();
    }

    @Override
    public String dashboardUrl() {
        return jsc.sc().uiWebUrl().isDefined() ? jsc.sc().uiWebUrl().get() : null;
    }

    /** Releases persisted results; stops the Spark context if this engine started it. */
    @Override
    public void close() {
        if (jsc.sc().isStopped()) {
            return;
        }
        kept.dropAll();
        jsc.sc().removeSparkListener(events);
        if (ownsContext) {
            jsc.stop();
        }
    }
}
