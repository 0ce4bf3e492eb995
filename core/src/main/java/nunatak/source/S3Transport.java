package nunatak.source;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nunatak.InvalidArgumentException;
import nunatak.SourceIOException;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseBytes;
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
 * off: {@link RangeReader} retries every scheme the same way.
 */
public final class S3Transport implements Transport {
    static final String FALLBACK_REGION = "us-west-2";

    private final S3Client client;
    private final S3Options options;

    public S3Transport(S3Options options, Duration connectTimeout, Duration requestTimeout, int maxConnections) {
        this.options = options;
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(Math.max(16, maxConnections))
                        .connectionTimeout(connectTimeout)
                        .socketTimeout(requestTimeout))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(requestTimeout))
                .region(Region.of(resolveRegion(options)))
                .credentialsProvider(credentials(options.auth()));
        if (options.endpoint() != null) {
            b.endpointOverride(options.endpoint()).forcePathStyle(true);
        }
        this.client = b.build();
    }

    @Override
    public Fetched fetch(URI uri, ByteRange range) throws TransientFailure {
        String bucket = uri.getHost();
        String key = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
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
        try {
            ResponseBytes<GetObjectResponse> resp = client.getObjectAsBytes(req.build());
            int status = resp.response().sdkHttpResponse().statusCode();
            return RangeResponse.interpret(uri, range, status, resp.response().contentRange(), resp.asByteArray());
        } catch (SdkServiceException e) {
            if (e.statusCode() == 416) {
                return new Fetched(new byte[0], -1);
            }
            HttpStatus.fail(uri, range, e.statusCode(), e.getMessage());
            throw new AssertionError("unreachable");
        } catch (SdkClientException e) {
            // Connection refused/reset, timeouts, truncated bodies: the client side of the wire.
            throw new TransientFailure(uri + " (" + range + "): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException) {
                throw new TransientFailure(uri + " (" + range + "): " + e.getCause(), e);
            }
            throw e;
        }
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
     * AUTO looks for credentials only where they can be found without the network (environment, system
     * properties, profile files, web identity), so that anonymous access to public buckets never waits
     * on an instance-metadata probe.
     */
    private static AwsCredentialsProvider credentials(Auth auth) {
        return switch (auth) {
            case ANONYMOUS -> AnonymousCredentialsProvider.create();
            case DEFAULT -> DefaultCredentialsProvider.builder().build();
            case AUTO -> localCredentialsPresent()
                    ? DefaultCredentialsProvider.builder().build()
                    : AnonymousCredentialsProvider.create();
        };
    }

    static boolean localCredentialsPresent() {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null || System.getProperty("aws.accessKeyId") != null
                || System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") != null
                || System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != null
                || System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null) {
            return true;
        }
        String file = System.getenv("AWS_SHARED_CREDENTIALS_FILE");
        Path creds = file != null ? Path.of(file) : Path.of(System.getProperty("user.home"), ".aws", "credentials");
        return Files.isReadable(creds);
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
