package nunatak.engine;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs tasks and hands their results to the driver. The planner and the result assembly are the same for every
 * engine; an engine only decides where and how concurrently tasks run.
 *
 * <pre>{@code
 * DataArray map = dem.where(Condition.gt(0)).coarsen(Map.of("y", 100, "x", 100)).mean();
 * Grid local = map.compute(Engine.local()).values();
 * Grid spark = map.compute(SparkEngine.connect("spark://head:7077")).values();   // spark module
 * }</pre>
 */
public interface Engine extends AutoCloseable {

    /**
     * Runs every task; {@code onResult} is called on the calling thread, once per task, in any order. The first
     * failure stops the job and is rethrown as the task raised it (a {@link nunatak.NunatakException}).
     */
    <R extends Serializable> void run(String job, List<? extends Task<?, R>> tasks, Consumer<R> onResult,
                                      ProgressListener progress);

    /**
     * Like {@link #run}, and asks the engine to keep the results where they were computed, so that running the
     * same tasks again reads them instead of the sources ({@link nunatak.array.DataArray#persist} uses it; on
     * Spark they become a cached RDD, listed in the UI's Storage tab). Engines that cannot keep results just run.
     */
    default <R extends Serializable> void runAndKeep(String job, List<? extends Task<?, R>> tasks,
                                                     Consumer<R> onResult, ProgressListener progress) {
        run(job, tasks, onResult, progress);
    }

    /** A short name for messages: "local[2]", "spark://...". */
    String name();

    /** Where a user can watch the computation (Spark UI), or null. */
    default String dashboardUrl() {
        return null;
    }

    @Override
    default void close() {
    }

    /** The default engine: a {@link LocalEngine} on all cores, shared by the JVM. */
    static Engine local() {
        return LocalEngine.shared();
    }
}
