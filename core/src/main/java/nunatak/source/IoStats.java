package nunatak.source;

import java.util.concurrent.atomic.LongAdder;

/**
 * Per-JVM counters of what the readers fetched; progress bars and benchmarks read them.
 *
 * <pre>{@code
 * long before = IoStats.bytes();
 * dem.coarsen(Map.of("y", 10, "x", 10)).mean().compute();
 * long read = IoStats.bytes() - before;   // every reader of this JVM; one job's own figures are in DataArray.job()
 * }</pre>
 */
public final class IoStats {
    private static final LongAdder REQUESTS = new LongAdder();
    private static final LongAdder BYTES = new LongAdder();
    private static final LongAdder RETRIES = new LongAdder();

    private IoStats() {
    }

    static void recordRequest(long bytes) {
        REQUESTS.increment();
        BYTES.add(bytes);
    }

    static void recordRetry() {
        RETRIES.increment();
    }

    public static long requests() {
        return REQUESTS.sum();
    }

    public static long bytes() {
        return BYTES.sum();
    }

    public static long retries() {
        return RETRIES.sum();
    }
}
