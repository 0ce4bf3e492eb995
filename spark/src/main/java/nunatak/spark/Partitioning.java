package nunatak.spark;

import org.apache.spark.SparkConf;

/**
 * How block tasks are grouped into Spark partitions: a few partitions per executor core so that tasks of
 * unequal cost even out, each between {@code minPartitionBytes} (a Spark task costs 1–2 ms to schedule) and
 * {@code maxPartitionBytes} (a lost task is cheap to redo, progress moves), unless every core would not get one;
 * {@code maxPartitions} keeps a continent-scale job at tens of thousands of Spark tasks, not millions.
 *
 * @param minPartitionBytes bytes to read below which a partition takes more block tasks
 * @param maxPartitionBytes bytes to read above which a partition takes no more block tasks
 * @param maxPartitions     upper bound on Spark tasks per job
 *
 * <pre>{@code
 * try (SparkEngine spark = SparkEngine.builder().master("spark://head:7077")
 *         .conf(Partitioning.MAX_PARTITION_BYTES, "64m").conf(Partitioning.MAX_PARTITIONS, "5000").build()) {
 *     dem.coarsen(Map.of("y", 100, "x", 100)).mean().compute(spark);
 * }
 * }</pre>
 */
public record Partitioning(long minPartitionBytes, long maxPartitionBytes, int maxPartitions) {
    /** Spark configuration keys (the {@code spark.} prefix keeps spark-submit from dropping them). */
    public static final String MIN_PARTITION_BYTES = "spark.nunatak.minPartitionBytes";
    public static final String MAX_PARTITION_BYTES = "spark.nunatak.maxPartitionBytes";
    public static final String MAX_PARTITIONS = "spark.nunatak.maxPartitions";

    public static final Partitioning DEFAULT = new Partitioning(32L << 20, 256L << 20, 20_000);

    public Partitioning {
        if (minPartitionBytes < 1 || maxPartitionBytes < minPartitionBytes || maxPartitions < 1) {
            throw new IllegalArgumentException("invalid partitioning: " + minPartitionBytes + " to "
                    + maxPartitionBytes + " bytes, at most " + maxPartitions);
        }
    }

    static Partitioning from(SparkConf conf) {
        return new Partitioning(conf.getSizeAsBytes(MIN_PARTITION_BYTES, String.valueOf(DEFAULT.minPartitionBytes())),
                conf.getSizeAsBytes(MAX_PARTITION_BYTES, String.valueOf(DEFAULT.maxPartitionBytes())),
                conf.getInt(MAX_PARTITIONS, DEFAULT.maxPartitions()));
    }
}
