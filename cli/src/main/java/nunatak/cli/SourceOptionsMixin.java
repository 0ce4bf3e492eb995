package nunatak.cli;

import java.net.URI;
import java.time.Duration;
import nunatak.source.Auth;
import nunatak.source.RetryPolicy;
import nunatak.source.SourceOptions;
import picocli.CommandLine.Option;

/** The options every command that reads data shares: retries, concurrency, cache, timeouts, object stores. */
public final class SourceOptionsMixin {
    private static final SourceOptions D = SourceOptions.DEFAULT;

    @Option(names = "--retries", description = "Retries of a failed request (default: ${DEFAULT-VALUE}).")
    int retries = D.retry().maxRetries();

    @Option(names = "--io-concurrency", description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
    int ioConcurrency = D.ioConcurrency();

    @Option(names = "--merge-gap", description = "Merge byte ranges closer than this many bytes (default: ${DEFAULT-VALUE}).")
    int mergeGap = D.mergeGapBytes();

    @Option(names = "--timeout", description = "Seconds a request may take, body included (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = D.requestTimeout().toSeconds();

    @Option(names = "--stall-timeout", paramLabel = "S",
            description = "Seconds a response may go without a byte (waiting for its headers or inside its body) "
                    + "before it is abandoned and retried (default: ${DEFAULT-VALUE}).")
    double stallSeconds = D.stallTimeout().toMillis() / 1000.0;

    @Option(names = "--cache-mb", description = "Size of the in-memory cache of fetched bytes in MiB (default: ${DEFAULT-VALUE}).")
    long cacheMb = D.cacheBytes() >> 20;

    @Option(names = "--anonymous", description = "Do not look for cloud credentials (public buckets).")
    boolean anonymous;

    @Option(names = "--s3-endpoint", description = "S3-compatible endpoint, e.g. http://127.0.0.1:9000.")
    URI s3Endpoint;

    @Option(names = "--s3-region", description = "AWS region (default: AWS_REGION, else us-west-2).")
    String s3Region;

    @Option(names = "--requester-pays", description = "Accept requester-pays charges on S3.")
    boolean requesterPays;

    @Option(names = "--gs-endpoint", description = "Google Cloud Storage endpoint (default: https://storage.googleapis.com).")
    URI gsEndpoint;

    public SourceOptions toOptions() {
        Auth auth = anonymous ? Auth.ANONYMOUS : Auth.AUTO;
        SourceOptions o = D.withRetry(new RetryPolicy(retries, D.retry().baseDelay(), D.retry().maxDelay()))
                .withIoConcurrency(ioConcurrency)
                .withMergeGapBytes(mergeGap)
                .withTimeouts(D.connectTimeout(), Duration.ofSeconds(timeoutSeconds))
                .withStallTimeout(Duration.ofMillis(Math.round(stallSeconds * 1000)))
                .withCacheBytes(cacheMb << 20)
                .withS3(D.s3().withAuth(auth).withRequesterPays(requesterPays).withRegion(s3Region)
                        .withEndpoint(s3Endpoint))
                .withGcs(D.gcs().withAuth(auth));
        return gsEndpoint == null ? o : o.withGcs(o.gcs().withEndpoint(gsEndpoint));
    }
}
