package nunatak.spark;

import org.apache.spark.SparkConf;

/**
 * How block tasks are grouped into Spark partitions. A Spark task costs 1–2 ms to schedule, so partitions
 * below {@code minPartitionBytes} are merged; {@code maxPartitions} keeps a continent-scale job at tens of
 * thousands of Spark tasks, not millions.
 *
 * @param minPartitionBytes bytes to read below which a partition takes more tasks (unless slots would idle)
 * @param maxPartitions     upper bound on Spark tasks per job
 */
public record Partitioning(long minPartitionBytes, int maxPartitions) {
    /** Spark configuration keys (the {@code spark.} prefix keeps spark-submit from dropping them). */
    public static final String MIN_PARTITION_BYTES = "spark.nunatak.minPartitionBytes";
    public static final String MAX_PARTITIONS = "spark.nunatak.maxPartitions";

    public static final Partitioning DEFAULT = new Partitioning(32L << 20, 20_000);

    public Partitioning {
        if (minPartitionBytes < 1 || maxPartitions < 1) {
            throw new IllegalArgumentException("invalid partitioning: " + minPartitionBytes + " bytes, " + maxPartitions);
        }
    }

    static Partitioning from(SparkConf conf) {
        return new Partitioning(conf.getSizeAsBytes(MIN_PARTITION_BYTES, String.valueOf(DEFAULT.minPartitionBytes())),
                conf.getInt(MAX_PARTITIONS, DEFAULT.maxPartitions()));
    }
}
