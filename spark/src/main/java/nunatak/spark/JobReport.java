package nunatak.spark;

import java.util.Set;

/**
 * What the last Spark job of an engine did, for reports, benchmarks and tests.
 *
 * @param sparkTasks     Spark tasks (partitions) the job ran
 * @param tasks          block tasks inside them
 * @param bytes          bytes the block tasks read
 * @param processIds     the JVMs (process ids) the block tasks ran in
 * @param driverPid      the driver's process id: in local mode the only one in {@code processIds}
 * @param fromKept       whether the results came from partitions kept by an earlier {@code persist}
 *
 * <pre>{@code
 * try (SparkEngine spark = SparkEngine.connect("spark://head:7077")) {
 *     dem.coarsen(Map.of("y", 100, "x", 100)).mean().compute(spark);
 *     JobReport r = spark.lastJob();
 *     r.ranOnExecutorsOnly();   // true on a cluster: no block task ran in the driver
 * }
 * }</pre>
 */
public record JobReport(String job, int sparkTasks, int tasks, long bytes, Set<Long> processIds, long driverPid,
                        boolean fromKept, double seconds) {

    public JobReport {
        processIds = Set.copyOf(processIds);
    }

    /** Whether every block task ran outside the driver's JVM (on executors of a cluster). */
    public boolean ranOnExecutorsOnly() {
        return !processIds.isEmpty() && !processIds.contains(driverPid);
    }
}
