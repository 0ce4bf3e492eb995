package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nunatak.BadContentException;
import nunatak.SourceIOException;
import nunatak.testing.Fixtures;
import nunatak.testing.PixelAssertions;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.RangeHttpServer.Fault;
import nunatak.testing.RangeHttpServer.Faults;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server that answers 503 and 429, drops connections, cuts bodies short and stalls before the headers or
 * mid-body: whole COGs still come out bit-identical, because every fault is retried, and a stall costs the stall
 * timeout, not the stall; a server that never recovers fails in bounded time with an error naming the URI and
 * byte range.
 */
class HttpFaultInjectionTest {
    private static final List<String> COGS = List.of("lzw.tif", "lzw_pred3_bigtiff.tif", "zstd_pred3.tif");
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1500);
    private static final Duration STALL_TIMEOUT = Duration.ofMillis(300);

    /** Short waits so the test is quick; one attempt per block read, in order, so the fault draws repeat. */
    private static SourceOptions testOptions(int retries) {
        return SourceOptions.DEFAULT.withCacheBytes(0).withIoConcurrency(1)
                .withTimeouts(Duration.ofSeconds(2), REQUEST_TIMEOUT)
                .withStallTimeout(STALL_TIMEOUT)
                .withRetry(new RetryPolicy(retries, Duration.ofMillis(1), Duration.ofMillis(10)));
    }

    @Test
    void everyBlockOfEveryLevelSurvivesEveryKindOfFault() {
        Faults faults = new Faults(0.12, 0.05, 0.1, 0.1, 0.04, 0.04, 4_000, 7);
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root(), faults)) {
            long retriesBefore = IoStats.retries();
            long fetchesBefore = IoStats.requests();
            int reads = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
                int n = 0;
                for (String name : COGS) {
                    GeoTiff local = GeoTiff.open(Fixtures.cog(name).toString());
                    GeoTiff remote = GeoTiff.open(server.uri("cog/" + name).toString(), testOptions(12));
                    n += 1 + PixelAssertions.assertSameBlocks(local, remote); // the header, then each block
                }
                return n;
            });
            for (Fault kind : Fault.values()) {
                assertTrue(server.faultsInjected(kind) > 0, () -> "no " + kind + " was injected; pick another seed");
            }
            int failed = server.faultsInjected();
            // One successful fetch per read, remote and of the local file alike: no fault got through as data.
            assertEquals(2 * reads, IoStats.requests() - fetchesBefore, "successful fetches");
            assertTrue(server.requests().size() >= reads + failed, "every fault cost a request of its own");
            // A dropped connection may be re-sent once by java.net.http itself; every other fault is ours to retry.
            long ourRetriesAtLeast = failed - server.faultsInjected(Fault.RESET);
            assertTrue(IoStats.retries() - retriesBefore >= ourRetriesAtLeast,
                    () -> (IoStats.retries() - retriesBefore) + " retries for " + failed + " faults");
        }
    }

    @Test
    void aServerThatAlwaysAnswers503FailsAfterExactlyTheConfiguredRetries() {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root(), Faults.always503())) {
            String uri = server.uri("cog/lzw.tif").toString();
            SourceIOException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                    SourceIOException.class, () -> GeoTiff.open(uri, testOptions(4))));
            assertEquals(5, server.requests().size(), "4 retries + the first attempt");
            assertTrue(e.getMessage().startsWith(uri + " (bytes 0-16383): failed after 5 attempts"), e::getMessage);
            assertTrue(e.getMessage().contains("HTTP 503"), e::getMessage);
        }
    }

    @Test
    void aBlockThatKeepsFailingNamesItsByteRange() {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            String uri = server.uri("cog/lzw.tif").toString();
            GeoTiff tif = GeoTiff.open(uri, testOptions(2));
            ByteRange block = tif.blockRange(0, 1, 1);
            server.setFaults(new Faults(0, 0, 1, 0, 0, 1)); // every body cut in half
            server.clearRequests();
            SourceIOException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(SourceIOException.class, () -> tif.readBlock(0, 1, 1)));
            assertEquals(3, server.requests().size());
            assertTrue(e.getMessage().startsWith(uri + " (" + block + "): failed after 3 attempts"), e::getMessage);
        }
    }

    @Test
    void aServerThatKeepsStallingFailsWithinBoundedTime() {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root(), new Faults(0, 0, 0, 1, 60_000, 1))) {
            String uri = server.uri("cog/lzw.tif").toString();
            long start = System.nanoTime();
            SourceIOException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                    SourceIOException.class, () -> GeoTiff.open(uri, testOptions(2))));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(STALL_TIMEOUT.multipliedBy(3)) >= 0, "each attempt waited its timeout: " + took);
            assertTrue(took.compareTo(REQUEST_TIMEOUT.multipliedBy(3)) < 0, "cut at the stall timeout: " + took);
            assertEquals(3, server.requests().size());
            assertTrue(e.getMessage().startsWith(uri + " (bytes 0-16383): failed after 3 attempts"), e::getMessage);
            assertTrue(e.getMessage().contains("stalled, no data for 300 ms after 8192 bytes of the body"),
                    e::getMessage);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"STALL_HEADERS", "STALL"})
    void aStalledAnswerIsRetriedAfterTheStallTimeoutNotTheStall(Fault stall) {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            GeoTiff local = GeoTiff.open(Fixtures.cog("lzw.tif").toString());
            SourceOptions o = testOptions(2).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30))
                    .withStallTimeout(Duration.ofSeconds(1));
            server.injectNext(stall, 60_000);
            long start = System.nanoTime();
            GeoTiff remote = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> GeoTiff.open(server.uri("cog/lzw.tif").toString(), o));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(2, server.requests().size(), "the stalled attempt and its retry");
            assertEquals(1, server.faultsInjected(stall));
            assertTrue(took.compareTo(Duration.ofSeconds(1)) >= 0 && took.compareTo(Duration.ofSeconds(3)) < 0,
                    "about the stall timeout: " + took);
            PixelAssertions.assertSameBlocks(local, remote);
        }
    }

    @Test
    void concurrentRangesStopEarlyWhenOneFailsForGood() {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            String uri = server.uri("cog/lzw.tif").toString();
            SourceOptions o = SourceOptions.DEFAULT.withCacheBytes(0).withIoConcurrency(4).withMergeGapBytes(0)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                    .withRetry(new RetryPolicy(3, Duration.ofMillis(300), Duration.ofMillis(300)));
            RangeReader reader = RangeReader.open(uri, o);
            long size = reader.length();
            // Every answer with data stalls for a minute; the range past the end gets its 416 at once.
            server.setFaults(new Faults(0, 0, 0, 1, 60_000, 1));
            List<ByteRange> ranges = List.of(new ByteRange(0, 10), new ByteRange(100, 10), new ByteRange(size + 10, 10));
            long start = System.nanoTime();
            BadContentException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(BadContentException.class, () -> reader.readAll(ranges)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(e.getMessage().contains(uri) && e.getMessage().contains("beyond the end"), e::getMessage);
            assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "the stalled ranges were not waited for: " + took);
        }
    }

    @Test
    void anInterruptedReaderStopsPromptly() throws InterruptedException {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root(), new Faults(0, 0, 0, 1, 60_000, 1))) {
            SourceOptions o = SourceOptions.DEFAULT.withCacheBytes(0).withIoConcurrency(4).withMergeGapBytes(0)
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
            RangeReader reader = RangeReader.open(server.uri("cog/lzw.tif").toString(), o);
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    reader.readAll(List.of(new ByteRange(0, 10), new ByteRange(100, 10)));
                } catch (RuntimeException e) {
                    thrown.set(e);
                }
            });
            t.start();
            while (server.requests().size() < 2 && t.isAlive()) {
                Thread.sleep(10);
            }
            t.interrupt();
            t.join(5_000);
            assertTrue(!t.isAlive(), "the reader ignored the interrupt");
            assertTrue(thrown.get() instanceof SourceIOException && thrown.get().getMessage().contains("interrupted"),
                    () -> String.valueOf(thrown.get()));
        }
    }
}
