package nunatak.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import nunatak.AccessDeniedException;
import nunatak.InvalidArgumentException;
import nunatak.SourceIOException;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.RequestPayer;

/**
 * {@code s3://bucket/key} through the AWS SDK v2 (blocking Apache HTTP client). The SDK's own retries are
 * off: {@link RangeReader} retries every scheme the same way. The socket timeout is the stall timeout: every
 * read of the socket, for the status line, the headers or a piece of the body, fails after that long without
 * a byte, and the SDK then closes the connection; the API call timeout is the request timeout.
 *
 * <pre>{@code
 * S3Transport s3 = new S3Transport(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS), SourceOptions.DEFAULT.timeouts(), 32);
 * Fetched f = s3.fetch(URI.create("s3://pgc-opendata-dems/some/tile.tif"), new ByteRange(0, 16384));
 * }</pre>
 */
public final class S3Transport implements Transport {
    static final String FALLBACK_REGION = "us-west-2";

    private final S3Client client;
    private final S3Options options;
    private final Timeouts timeouts;

    public S3Transport(S3Options options, Timeouts timeouts, int maxConnections) {
        this.options = options;
        this.timeouts = timeouts;
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(Math.max(16, maxConnections))
                        .connectionTimeout(timeouts.connect())
                        .socketTimeout(timeouts.stall()))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(timeouts.request()))
                .region(Region.of(resolveRegion(options)))
                .credentialsProvider(credentials(options.auth()));
        if (options.endpoint() != null) {
            b.endpointOverride(options.endpoint()).forcePathStyle(true);
        }
        this.client = b.build();
    }

    @Override
    public Fetched fetch(URI uri, ByteRange range) throws TransientFailure {
        // The authority, not the host: legacy bucket names may hold underscores, which URI rejects in a host.
        String bucket = uri.getAuthority();
        String key = uri.getPath() == null ? "" : uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
        if (bucket == null || key.isEmpty()) {
            throw new InvalidArgumentException(uri + ": expected s3://bucket/key");
        }
        if (range.length() == 0) {
            return new Fetched(new byte[0], -1);
        }
        GetObjectRequest.Builder req = GetObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .range("bytes=" + range.offset() + "-" + (range.end() - 1));
        if (options.requesterPays()) {
            req.requestPayer(RequestPayer.REQUESTER);
        }
        String where = uri + " (" + range + ")";
        try {
            ResponseBytes<GetObjectResponse> resp = client.getObjectAsBytes(req.build());
            int status = resp.response().sdkHttpResponse().statusCode();
            return RangeResponse.interpret(uri, range, status, resp.response().contentRange(), resp.asByteArray());
        } catch (SdkServiceException e) {
            if (e.statusCode() == 416) {
                return RangeResponse.interpret(uri, range, 416, header(e, "Content-Range"), new byte[0]);
            }
            HttpStatus.fail(uri, range, e.statusCode(), serviceDetail(e));
            throw new AssertionError("unreachable");
        } catch (AbortedException e) {
            // The SDK consumed the interrupt flag to abort; put it back for the caller.
            Thread.currentThread().interrupt();
            throw new SourceIOException(where + ": interrupted", e);
        } catch (SdkClientException e) {
            if (causedBy(e, SocketTimeoutException.class)) {
                throw new TransientFailure(where + ": stalled, no data for " + timeouts.stall().toMillis() + " ms ("
                        + e.getMessage() + ")", e);
            }
            if (isTransient(e)) {
                throw new TransientFailure(where + ": " + e.getMessage(), e);
            }
            if (String.valueOf(e.getMessage()).contains("Unable to load credentials")) {
                throw new AccessDeniedException(where + ": " + e.getMessage()
                        + " (use Auth.ANONYMOUS for public buckets, or configure AWS credentials)", e).at(uri);
            }
            throw new SourceIOException(where + ": " + e.getMessage(), e).at(uri, range.offset(), range.length());
        } catch (UncheckedIOException e) {
            throw new TransientFailure(where + ": " + e.getCause(), e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SDK wraps everything on the client side of the wire in SdkClientException, permanent mistakes
     * (no credentials, a malformed request) included; only I/O errors and timeouts are worth retrying.
     */
    static boolean isTransient(SdkClientException e) {
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException || e.retryable()) {
            return true;
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    private static String header(SdkServiceException e, String name) {
        AwsErrorDetails d = e instanceof AwsServiceException aws ? aws.awsErrorDetails() : null;
        return d == null || d.sdkHttpResponse() == null ? null : d.sdkHttpResponse().firstMatchingHeader(name).orElse(null);
    }

    private static String serviceDetail(SdkServiceException e) {
        AwsErrorDetails d = e instanceof AwsServiceException aws ? aws.awsErrorDetails() : null;
        if (d == null || d.errorCode() == null) {
            return e.getMessage();
        }
        String detail = d.errorCode() + (d.errorMessage() == null ? "" : " " + d.errorMessage());
        String region = header(e, "x-amz-bucket-region");
        if (e.statusCode() == 301 && region != null) {
            detail += "; the bucket is in region " + region + ": use S3Options.withRegion(\"" + region
                    + "\") or set AWS_REGION";
        }
        return detail;
    }

    private static String resolveRegion(S3Options options) {
        if (options.region() != null) {
            return options.region();
        }
        for (String v : new String[] {System.getProperty("aws.region"), System.getenv("AWS_REGION"),
                System.getenv("AWS_DEFAULT_REGION")}) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return FALLBACK_REGION;
    }

    /**
     * AUTO walks the SDK's default chain minus the instance-metadata probe (which would make anonymous access
     * to public buckets wait on a network timeout off EC2) and ends in anonymous access. A profile that only
     * lives in ~/.aws/config (SSO, credential_process, role_arn) counts, as it does for the AWS CLI.
     */
    private static AwsCredentialsProvider credentials(Auth auth) {
        return switch (auth) {
            case ANONYMOUS -> AnonymousCredentialsProvider.create();
            case DEFAULT -> DefaultCredentialsProvider.builder().build();
            case AUTO -> AwsCredentialsProviderChain.builder()
                    .reuseLastProviderEnabled(true)
                    .credentialsProviders(
                            SystemPropertyCredentialsProvider.create(),
                            EnvironmentVariableCredentialsProvider.create(),
                            WebIdentityTokenFileCredentialsProvider.create(),
                            ProfileCredentialsProvider.create(),
                            ContainerCredentialsProvider.builder().build(),
                            AnonymousCredentialsProvider.create())
                    .build();
        };
    }

    /** Releases the connection pool. */
    public void close() {
        try {
            client.close();
        } catch (RuntimeException e) {
            throw new SourceIOException("closing the S3 client failed: " + e.getMessage(), e);
        }
    }
}
