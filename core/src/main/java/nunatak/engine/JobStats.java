package nunatak.engine;

import java.io.Serializable;
import java.util.Locale;

/**
 * What one computation did: its tasks and blocks, the requests and bytes it fetched (and how many were served from
 * the per-JVM cache or retried), and its wall time. Summed from the tasks on whichever engine ran them.
 *
 * <pre>{@code
 * DataArray map = dem.coarsen(Map.of("y", 100, "x", 100)).mean().compute();
 * System.out.println(map.job());   // 16 tasks, 64 blocks, 32 requests, 12.3 MiB, 0 cache hits, 0 retries, 0.84 s
 * }</pre>
 */
public record JobStats(String engine, int tasks, long blocks, long requests, long bytes, long cacheHits, long retries,
                       double seconds) implements Serializable {

    public static final JobStats NONE = new JobStats("none", 0, 0, 0, 0, 0, 0, 0);

    /** This job followed by another (a computation that ran several stages). */
    public JobStats plus(JobStats o) {
        return new JobStats(equals(NONE) ? o.engine : engine, tasks + o.tasks, blocks + o.blocks,
                requests + o.requests, bytes + o.bytes, cacheHits + o.cacheHits, retries + o.retries,
                seconds + o.seconds);
    }

    public double mebibytes() {
        return bytes / 1048576.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d tasks, %d blocks, %d requests, %.1f MiB, %d cache hits, %d retries, "
                + "%.2f s on %s", tasks, blocks, requests, mebibytes(), cacheHits, retries, seconds, engine);
    }
}
