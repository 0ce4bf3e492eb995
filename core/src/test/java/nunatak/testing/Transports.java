package nunatak.testing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import nunatak.source.Auth;
import nunatak.source.RetryPolicy;
import nunatak.source.S3Options;
import nunatak.source.SourceOptions;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;

/**
 * One directory of test files offered over every transport nunatak reads: as local paths, over HTTP
 * ({@link RangeHttpServer}) and from a real S3-compatible server ({@link MotoServer}, the files uploaded public-read
 * into one bucket). Servers start when first asked for and stop on {@link #close()}. Remote reads skip the byte
 * cache, so every computation really goes through its transport.
 *
 * <pre>{@code
 * try (Transports t = new Transports(dir, files)) {
 *     String base = t.base(Transport.S3);          // "s3://nunatak-test/"
 *     SourceOptions o = t.options(Transport.S3);    // the endpoint, anonymous
 * }
 * }</pre>
 */
public final class Transports implements AutoCloseable {
    /** How the files are reached. */
    public enum Transport { FILE, HTTP, S3 }

    public static final String BUCKET = "nunatak-test";
    private static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(50));

    private final Path dir;
    private final Iterable<Path> files;
    private final Map<Transport, AutoCloseable> servers = new EnumMap<>(Transport.class);
    private RangeHttpServer http;
    private MotoServer moto;

    /** Offers {@code files} (below {@code dir}) at the same relative paths on every transport. */
    public Transports(Path dir, Iterable<Path> files) {
        this.dir = dir.toAbsolutePath().normalize();
        this.files = files;
    }

    /** The directory's base: a path ending in '/', an HTTP URL or an s3:// URI. */
    public synchronized String base(Transport t) {
        return switch (t) {
            case FILE -> dir + "/";
            case HTTP -> http().baseUrl() + "/";
            case S3 -> {
                moto();
                yield "s3://" + BUCKET + "/";
            }
        };
    }

    public synchronized SourceOptions options(Transport t) {
        SourceOptions o = SourceOptions.DEFAULT.withRetry(QUICK_RETRIES);
        return switch (t) {
            case FILE -> o;
            case HTTP -> o.withCacheBytes(0);
            case S3 -> o.withCacheBytes(0).withS3(S3Options.DEFAULT.withEndpoint(moto().endpoint())
                    .withRegion("us-west-2").withAuth(Auth.ANONYMOUS));
        };
    }

    /** The HTTP server (started now if it is not running), to count or fail requests. */
    public synchronized RangeHttpServer http() {
        if (http == null) {
            http = RangeHttpServer.serve(dir);
            servers.put(Transport.HTTP, http);
        }
        return http;
    }

    private MotoServer moto() {
        if (moto == null) {
            moto = MotoServer.start();
            servers.put(Transport.S3, moto);
            try (S3Client s3 = moto.uploader()) {
                s3.createBucket(b -> b.bucket(BUCKET));
                for (Path f : files) {
                    String key = dir.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/');
                    s3.putObject(b -> b.bucket(BUCKET).key(key).acl(ObjectCannedACL.PUBLIC_READ), RequestBody.fromFile(f));
                }
            }
        }
        return moto;
    }

    /** The S3 endpoint (starting the server), for a STAC API whose hrefs must point into the bucket. */
    public synchronized URI s3Endpoint() {
        return moto().endpoint();
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable s : servers.values()) {
            try {
                s.close();
            } catch (Exception e) {
                throw new IllegalStateException("stopping a test server failed", e);
            }
        }
        servers.clear();
        http = null;
        moto = null;
    }
}
