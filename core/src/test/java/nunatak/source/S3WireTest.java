package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import nunatak.SourceIOException;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.RangeHttpServer.Fault;
import nunatak.testing.RangeHttpServer.Faults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the S3 transport puts on the wire and how it takes faults, seen from a RangeHttpServer standing in for a
 * path-style S3 endpoint ({@code /bucket/key}): the SDK's own retries are off, so every attempt is ours.
 */
class S3WireTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String URI_ = "s3://cog/lzw.tif";

    @RegisterExtension
    final RangeHttpServer server = RangeHttpServer.serve(Fixtures.root());

    private SourceOptions options(S3Options s3, int retries) {
        return SourceOptions.DEFAULT.withCacheBytes(0)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500))
                .withRetry(new RetryPolicy(retries, Duration.ofMillis(1), Duration.ofMillis(5)))
                .withS3(s3.withEndpoint(URI.create(server.baseUrl())).withRegion("us-west-2"));
    }

    @Test
    void anonymousRequestsAreUnsignedAndRequesterPaysIsAnnounced() throws IOException {
        RangeReader reader = RangeReader.open(URI_,
                options(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS).withRequesterPays(true), 0));
        byte[] got = assertTimeoutPreemptively(LIMIT, () -> reader.read(new ByteRange(1000, 5000)));
        assertArrayEquals(Arrays.copyOfRange(Files.readAllBytes(Fixtures.cog("lzw.tif")), 1000, 6000), got);
        RangeHttpServer.Request r = server.requests().get(0);
        assertEquals("/cog/lzw.tif", r.path());
        assertEquals("bytes=1000-5999", r.range());
        assertNull(r.header("Authorization"), () -> "anonymous request was signed: " + r);
        assertEquals("requester", r.header("x-amz-request-payer"));
    }

    @Test
    void serverErrorsAreRetriedByUsNotTheSdk() {
        server.setFaults(Faults.always503());
        SourceIOException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(SourceIOException.class,
                () -> RangeReader.open(URI_, options(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS), 2)).readUpTo(0, 16384)));
        assertEquals(3, server.requests().size(), "2 retries + the first attempt, and no SDK retries");
        assertTrue(e.getMessage().startsWith(URI_ + " (bytes 0-16383): failed after 3 attempts"), e::getMessage);
        assertTrue(e.getMessage().contains("HTTP 503"), e::getMessage);
    }

    @Test
    void truncatedBodiesAreRetried() throws IOException {
        server.setFaults(new Faults(0, 0, 0.5, 0, 0, 3));
        RangeReader reader = RangeReader.open(URI_, options(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS), 10));
        byte[] file = Files.readAllBytes(Fixtures.cog("lzw.tif"));
        for (int i = 0; i < 8; i++) {
            ByteRange r = new ByteRange(i * 20_000L, 20_000);
            assertArrayEquals(Arrays.copyOfRange(file, (int) r.offset(), (int) r.end()),
                    assertTimeoutPreemptively(LIMIT, () -> reader.read(r)), r::toString);
        }
        assertTrue(server.faultsInjected(Fault.TRUNCATE) > 0);
        assertEquals(8 + server.faultsInjected(Fault.TRUNCATE), server.requests().size());
    }

    @Test
    void aStallingServerFailsWithinBoundedTime() {
        server.setFaults(new Faults(0, 0, 0, 1, 60_000, 1));
        long start = System.nanoTime();
        SourceIOException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(SourceIOException.class,
                () -> RangeReader.open(URI_, options(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS), 1)).readUpTo(0, 16384)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        assertEquals(2, server.requests().size());
        assertTrue(e.getMessage().startsWith(URI_ + " (bytes 0-16383): failed after 2 attempts"), e::getMessage);
    }

    @Test
    void notFoundAndForbiddenNameTheS3Uri() {
        SourceOptions o = options(S3Options.DEFAULT.withAuth(Auth.ANONYMOUS), 2);
        nunatak.NotFoundException nf = assertTimeoutPreemptively(LIMIT, () -> assertThrows(
                nunatak.NotFoundException.class, () -> RangeReader.open("s3://cog/missing.tif", o).readUpTo(0, 10)));
        assertTrue(nf.getMessage().startsWith("s3://cog/missing.tif: no such object (HTTP 404)"), nf::getMessage);
        server.respondWith("/cog/lzw.tif", 403);
        nunatak.AccessDeniedException ad = assertTimeoutPreemptively(LIMIT, () -> assertThrows(
                nunatak.AccessDeniedException.class, () -> RangeReader.open(URI_, o).readUpTo(0, 10)));
        assertTrue(ad.getMessage().startsWith(URI_ + ": access denied (HTTP 403)"), ad::getMessage);
        assertEquals(2, server.requests().size(), "neither is retried");
    }
}
