package nunatak.source;

import java.io.Serializable;
import java.time.Duration;
import nunatak.InvalidArgumentException;

/**
 * Everything that tunes how bytes are fetched. Immutable and serializable, so it travels inside task
 * descriptors to Spark executors.
 *
 * <pre>{@code
 * SourceOptions opts = SourceOptions.DEFAULT
 *         .withIoConcurrency(16)
 *         .withRetry(new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(5)))
 *         .withStallTimeout(Duration.ofSeconds(3))
 *         .withS3(S3Options.DEFAULT.withEndpoint(URI.create("http://127.0.0.1:9000")));
 * }</pre>
 *
 * @param headerBytes    bytes read when opening a TIFF (GDAL's COGs keep all IFDs in the first 16 KiB)
 * @param mergeGapBytes  ranges closer than this are fetched in one request (the gap is read and dropped)
 * @param maxMergedBytes a merged request never grows beyond this
 * @param ioConcurrency  requests in flight at once for one batch of ranges
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout a whole request, body included, must finish within this, else it is retried
 * @param stallTimeout   a response that goes this long without a byte (before its headers or inside its body)
 *                       is abandoned and retried; see {@link Timeouts}
 * @param cacheBytes     size of the per-JVM cache of fetched ranges (0 disables it)
 * @param retry          retry policy for transient failures
 * @param s3             settings for s3:// URIs
 * @param gcs            settings for gs:// URIs
 */
public record SourceOptions(
        int headerBytes,
        int mergeGapBytes,
        int maxMergedBytes,
        int ioConcurrency,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration stallTimeout,
        long cacheBytes,
        RetryPolicy retry,
        S3Options s3,
        GcsOptions gcs) implements Serializable {

    /**
     * S3 answers a small GET in tens of milliseconds and AWS advises retrying one that has taken 2 s (its
     * "Optimizing Amazon S3 performance" guide); once streaming, bytes arrive every few milliseconds. Five
     * seconds without a byte is far outside that, and still leaves room for a busy client (GC pauses, 2 cores).
     */
    static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(5);

    public static final SourceOptions DEFAULT = new SourceOptions(
            16 * 1024,
            64 * 1024,
            32 * 1024 * 1024,
            8,
            Duration.ofSeconds(10),
            Duration.ofSeconds(60),
            DEFAULT_STALL_TIMEOUT,
            128L * 1024 * 1024,
            RetryPolicy.DEFAULT,
            S3Options.DEFAULT,
            GcsOptions.DEFAULT);

    public SourceOptions {
        if (headerBytes < 16 || mergeGapBytes < 0 || maxMergedBytes < 1 || ioConcurrency < 1 || cacheBytes < 0) {
            throw new InvalidArgumentException("invalid source options: " + headerBytes + ", " + mergeGapBytes
                    + ", " + maxMergedBytes + ", " + ioConcurrency + ", " + cacheBytes);
        }
        new Timeouts(connectTimeout, requestTimeout, stallTimeout); // validates them
        if (retry == null || s3 == null || gcs == null) {
            throw new InvalidArgumentException("retry, s3 and gcs options must be given");
        }
    }

    public SourceOptions withMergeGapBytes(int v) {
        return new SourceOptions(headerBytes, v, maxMergedBytes, ioConcurrency, connectTimeout, requestTimeout,
                stallTimeout, cacheBytes, retry, s3, gcs);
    }

    public SourceOptions withIoConcurrency(int v) {
        return new SourceOptions(headerBytes, mergeGapBytes, maxMergedBytes, v, connectTimeout, requestTimeout,
                stallTimeout, cacheBytes, retry, s3, gcs);
    }

    public SourceOptions withTimeouts(Duration connect, Duration request) {
        return new SourceOptions(headerBytes, mergeGapBytes, maxMergedBytes, ioConcurrency, connect, request,
                stallTimeout, cacheBytes, retry, s3, gcs);
    }

    /** A response that goes {@code v} without a byte is abandoned and retried (the request timeout stays the outer bound). */
    public SourceOptions withStallTimeout(Duration v) {
        return new SourceOptions(headerBytes, mergeGapBytes, maxMergedBytes, ioConcurrency, connectTimeout,
                requestTimeout, v, cacheBytes, retry, s3, gcs);
    }

    /** The connect, request and stall timeouts together, as the transports take them. */
    public Timeouts timeouts() {
        return new Timeouts(connectTimeout, requestTimeout, stallTimeout);
    }

    public SourceOptions withCacheBytes(long v) {
        return new SourceOptions(headerBytes, mergeGapBytes, maxMergedBytes, ioConcurrency, connectTimeout,
                requestTimeout, stallTimeout, v, retry, s3, gcs);
    }

    public SourceOptions withRetry(RetryPolicy v) {
        return new SourceOptions(headerBytes, mergeGapBytes, maxMergedBytes, ioConcurrency, connectTimeout,
                requestTimeout, stallTimeout, cacheBytes, v, s3, gcs);
    }

    public SourceOptions withS3(S3Options v) {
        return new SourceOptions(headerBytes, mergeGapBytes, maxMergedBytes, ioConcurrency, connectTimeout,
                requestTimeout, stallTimeout, cacheBytes, retry, v, gcs);
    }

    public SourceOptions withGcs(GcsOptions v) {
        return new SourceOptions(headerBytes, mergeGapBytes, maxMergedBytes, ioConcurrency, connectTimeout,
                requestTimeout, stallTimeout, cacheBytes, retry, s3, v);
    }
}
