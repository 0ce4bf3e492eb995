package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nunatak.SourceIOException;
import nunatak.testing.Fixtures;
import nunatak.testing.MotoServer;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.StallingProxy;
import nunatak.testing.StallingProxy.Phase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;

/**
 * A response that stops, before its headers or mid-body, is abandoned after the stall timeout, its connection
 * closed, and retried, on every transport: http, gs (a {@link RangeHttpServer} playing the store) and s3
 * (moto_server), each behind a {@link StallingProxy} that holds the first connection's answer for 30 s. The read
 * takes about the stall timeout, not the stall; a response that trickles slowly but never pauses that long is
 * not cut.
 */
class StalledResponsesTest {
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration STALL = Duration.ofSeconds(30);
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String BUCKET = "nunatak-stalls";
    private static final ByteRange RANGE = new ByteRange(0, 16384);

    private static RangeHttpServer store;
    private static MotoServer moto;
    private static byte[] expected;

    @BeforeAll
    static void startServers() throws IOException {
        expected = Arrays.copyOf(Files.readAllBytes(Fixtures.cog("lzw.tif")), (int) RANGE.length());
        store = RangeHttpServer.serve(Fixtures.root());
        moto = MotoServer.start();
        try (S3Client uploader = moto.uploader()) {
            uploader.createBucket(b -> b.bucket(BUCKET));
            uploader.putObject(b -> b.bucket(BUCKET).key("cog/lzw.tif").acl(ObjectCannedACL.PUBLIC_READ),
                    RequestBody.fromFile(Fixtures.cog("lzw.tif")));
        }
    }

    @AfterAll
    static void stopServers() {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            if (moto != null) {
                moto.close();
            }
        }
    }

    /** A reader of lzw.tif through {@code proxy} with the scheme's transport. */
    private static RangeReader reader(String scheme, StallingProxy proxy, int retries) {
        return reader(scheme, proxy, options(proxy, retries));
    }

    private static SourceOptions options(StallingProxy proxy, int retries) {
        return SourceOptions.DEFAULT.withCacheBytes(0)
                .withTimeouts(Duration.ofSeconds(5), LIMIT)
                .withStallTimeout(STALL_TIMEOUT)
                .withRetry(new RetryPolicy(retries, Duration.ofMillis(10), Duration.ofMillis(50)))
                .withGcs(GcsOptions.DEFAULT.withAuth(Auth.ANONYMOUS).withEndpoint(proxy.endpoint()))
                .withS3(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS).withEndpoint(proxy.endpoint())
                        .withRegion("us-east-1"));
    }

    private static RangeReader reader(String scheme, StallingProxy proxy, SourceOptions o) {
        String uri = switch (scheme) {
            case "http" -> proxy.endpoint() + "/cog/lzw.tif";
            case "gs" -> "gs://cog/lzw.tif";
            case "s3" -> "s3://" + BUCKET + "/cog/lzw.tif";
            default -> throw new IllegalArgumentException(scheme);
        };
        return RangeReader.open(uri, o);
    }

    private static StallingProxy proxyFor(String scheme) {
        return StallingProxy.to(scheme.equals("s3") ? moto.endpoint() : URI.create(store.baseUrl()));
    }

    @ParameterizedTest(name = "{0}, stall {1}")
    @CsvSource({"http, BEFORE_HEADERS", "http, MID_BODY", "gs, BEFORE_HEADERS", "gs, MID_BODY",
            "s3, BEFORE_HEADERS", "s3, MID_BODY"})
    void aStalledResponseIsAbandonedClosedAndRetriedAfterTheStallTimeout(String scheme, Phase phase) {
        try (StallingProxy proxy = proxyFor(scheme)) {
            proxy.stallNext(phase, STALL);
            RangeReader reader = reader(scheme, proxy, 2);
            long start = System.nanoTime();
            byte[] got = assertTimeoutPreemptively(LIMIT, () -> reader.read(RANGE));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertArrayEquals(expected, got);
            assertEquals(2, proxy.connections(), "the stalled attempt, then a retry on a new connection");
            assertTrue(took.compareTo(STALL_TIMEOUT) >= 0, "the stall was waited out for its timeout: " + took);
            assertTrue(took.compareTo(STALL_TIMEOUT.plusSeconds(3)) < 0, "about the stall timeout: " + took);
            List<Duration> abandoned = proxy.awaitAbandoned(1, Duration.ofSeconds(2));
            assertEquals(1, abandoned.size(), "the client closed the stalled connection");
            assertTrue(abandoned.get(0).compareTo(STALL_TIMEOUT.plusSeconds(2)) < 0, "closed after " + abandoned);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http", "gs", "s3"})
    void aSlowResponseThatNeverPausesForTheStallTimeoutIsNotCut(String scheme) {
        try (StallingProxy proxy = proxyFor(scheme)) {
            // Headers and 4 KiB of body in 5 pieces or more, 450 ms apart: over 2 s, never 1 s without a byte.
            proxy.stallNext(Phase.DRIP, Duration.ofMillis(450));
            RangeReader reader = reader(scheme, proxy, 0);
            ByteRange small = new ByteRange(0, 4 * StallingProxy.PIECE);
            long start = System.nanoTime();
            byte[] got = assertTimeoutPreemptively(LIMIT, () -> reader.read(small));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertArrayEquals(Arrays.copyOf(expected, (int) small.length()), got);
            assertTrue(took.compareTo(STALL_TIMEOUT.multipliedBy(2)) > 0, "it did trickle: " + took);
            assertEquals(1, proxy.connections(), "one attempt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http", "gs", "s3"})
    void theRequestTimeoutStaysTheOuterBoundOfATricklingResponse(String scheme) {
        try (StallingProxy proxy = proxyFor(scheme)) {
            proxy.stallNext(Phase.DRIP, Duration.ofMillis(450));
            RangeReader reader = reader(scheme, proxy,
                    options(proxy, 0).withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(1500)));
            long start = System.nanoTime();
            SourceIOException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(SourceIOException.class, () -> reader.read(RANGE)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofMillis(1500)) >= 0 && took.compareTo(Duration.ofSeconds(4)) < 0,
                    "cut at the request timeout: " + took);
            assertTrue(e.getMessage().contains("failed after 1 attempts"), e::getMessage);
            assertEquals(1, proxy.connections(), "one attempt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"http", "gs", "s3"})
    void aStoreThatKeepsStallingFailsNamingTheStall(String scheme) {
        try (StallingProxy proxy = proxyFor(scheme)) {
            for (int i = 0; i < 3; i++) {
                proxy.stallNext(i % 2 == 0 ? Phase.BEFORE_HEADERS : Phase.MID_BODY, STALL);
            }
            RangeReader reader = reader(scheme, proxy, 2);
            long start = System.nanoTime();
            SourceIOException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(SourceIOException.class, () -> reader.read(RANGE)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(e.getMessage().startsWith(reader.uri() + " (bytes 0-16383): failed after 3 attempts"),
                    e::getMessage);
            assertTrue(e.getMessage().contains("stalled, no data for 1000 ms"), e::getMessage);
            assertTrue(took.compareTo(STALL_TIMEOUT.multipliedBy(3)) >= 0, "three stall timeouts: " + took);
            assertTrue(took.compareTo(STALL_TIMEOUT.multipliedBy(3).plusSeconds(3)) < 0, "and no more: " + took);
            assertEquals(3, proxy.awaitAbandoned(3, Duration.ofSeconds(2)).size(), "every stalled connection was closed");
        }
    }
}
