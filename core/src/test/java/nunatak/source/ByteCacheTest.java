package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nunatak.SourceIOException;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.RangeHttpServer.Faults;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.Test;

/** The block cache: bounded, least recently used first out, and never a store of failures. */
class ByteCacheTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void theLeastRecentlyUsedEntryGoesFirstAndTheBoundHolds() {
        ByteCache cache = new ByteCache(1000);
        for (int i = 0; i < 4; i++) {
            cache.put("u", new ByteRange(i * 250L, 250), new byte[250]);
        }
        assertEquals(1000, cache.sizeBytes());
        assertNotNull(cache.get("u", new ByteRange(0, 250))); // now the most recently used
        cache.put("u", new ByteRange(1000, 250), new byte[250]);
        assertEquals(1000, cache.sizeBytes());
        assertNotNull(cache.get("u", new ByteRange(0, 250)));
        assertNull(cache.get("u", new ByteRange(250, 250)), "the least recently used entry was evicted");
        assertNotNull(cache.get("u", new ByteRange(1000, 250)));
    }

    @Test
    void anEntryLargerThanAQuarterIsNotKept() {
        ByteCache cache = new ByteCache(1000);
        cache.put("u", new ByteRange(0, 100), new byte[100]);
        cache.put("u", new ByteRange(100, 251), new byte[251]);
        assertNull(cache.get("u", new ByteRange(100, 251)));
        assertNotNull(cache.get("u", new ByteRange(0, 100)), "one big read does not flush the rest");
        assertEquals(100, cache.sizeBytes());
    }

    @Test
    void entriesAreKeyedByObjectAndExactRange() {
        ByteCache cache = new ByteCache(1000);
        cache.put("a", new ByteRange(0, 10), new byte[10]);
        assertNull(cache.get("b", new ByteRange(0, 10)));
        assertNull(cache.get("a", new ByteRange(0, 9)));
        assertNotNull(cache.get("a", new ByteRange(0, 10)));
        assertEquals(1, cache.hits());
        assertEquals(2, cache.misses());
    }

    @Test
    void failuresAreNotCachedAndTheNextReadFetchesAgain() throws IOException {
        ByteCache cache = new ByteCache(1 << 20);
        byte[] file = Files.readAllBytes(Fixtures.cog("lzw.tif"));
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            SourceOptions o = SourceOptions.DEFAULT.withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
            URI uri = server.uri("cog/lzw.tif");
            RangeReader reader = new RangeReader(uri, Transports.forUri(uri, o), o, cache);
            List<ByteRange> ranges = List.of(new ByteRange(0, 16384), new ByteRange(20000, 5000));
            for (Faults broken : List.of(Faults.always503(), new Faults(0, 0, 1, 0, 0, 1))) {
                server.setFaults(broken);
                assertTimeoutPreemptively(LIMIT, () -> assertThrows(SourceIOException.class, () -> reader.readAll(ranges)));
                assertThrows(SourceIOException.class, () -> reader.readUpTo(0, 16384));
                assertEquals(0, cache.sizeBytes(), "a failure left something in the cache");
            }
            server.setFaults(Faults.NONE);
            server.clearRequests();
            List<byte[]> got = reader.readAll(ranges);
            assertEquals(1, server.requests().size(), "fetched again, once the server recovered");
            assertArrayEquals(Arrays.copyOfRange(file, 0, 16384), got.get(0));
            assertArrayEquals(Arrays.copyOfRange(file, 20000, 25000), got.get(1));
            server.clearRequests();
            reader.readAll(ranges);
            assertEquals(0, server.requests().size(), "now they are cached");
        }
    }

    @Test
    void aReadThatDoesNotKeepUsesTheCacheButAddsNothing() {
        ByteCache cache = new ByteCache(1 << 20);
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            URI uri = server.uri("cog/lzw.tif");
            SourceOptions o = SourceOptions.DEFAULT;
            RangeReader reader = new RangeReader(uri, Transports.forUri(uri, o), o, cache);
            List<ByteRange> ranges = List.of(new ByteRange(20000, 5000), new ByteRange(40000, 5000));
            reader.readAll(ranges, false);
            assertEquals(0, cache.sizeBytes(), "a scan's blocks stay out of the cache");
            reader.readAll(ranges);
            server.clearRequests();
            List<byte[]> again = reader.readAll(ranges, false);
            assertEquals(0, server.requests().size(), "what is cached is still used: " + server.requests());
            assertEquals(5000, again.get(1).length);
        }
    }

    @Test
    void reopeningACachedCogNeedsNoRequestAndKnowsItsSize() {
        ByteCache cache = new ByteCache(64 << 20);
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            URI uri = server.uri("cog/lzw_pred3_bigtiff.tif");
            SourceOptions o = SourceOptions.DEFAULT;
            GeoTiff first = GeoTiff.open(new RangeReader(uri, Transports.forUri(uri, o), o, cache));
            server.clearRequests();
            GeoTiff again = GeoTiff.open(new RangeReader(uri, Transports.forUri(uri, o), o, cache));
            assertEquals(0, server.requests().size(), server.requests()::toString);
            assertEquals(first.fileLength(), again.fileLength());
            assertEquals(first.fileLength(), again.reader().length());
        }
    }

    @Test
    void theSameBucketUriBehindAnotherEndpointIsAnotherObject() {
        URI uri = URI.create("gs://cog/lzw.tif");
        SourceOptions google = SourceOptions.DEFAULT;
        SourceOptions mirror = google.withGcs(GcsOptions.DEFAULT.withEndpoint(URI.create("http://127.0.0.1:8080")));
        assertEquals("gs://cog/lzw.tif", RangeReader.cacheKey(uri, google));
        assertEquals("gs://cog/lzw.tif via http://127.0.0.1:8080", RangeReader.cacheKey(uri, mirror));
        SourceOptions moto = google.withS3(S3Options.DEFAULT.withEndpoint(URI.create("http://127.0.0.1:9000")));
        assertEquals("s3://b/k.tif", RangeReader.cacheKey(URI.create("s3://b/k.tif"), google));
        assertEquals("s3://b/k.tif via http://127.0.0.1:9000", RangeReader.cacheKey(URI.create("s3://b/k.tif"), moto));
        assertEquals("https://example.org/k.tif", RangeReader.cacheKey(URI.create("https://example.org/k.tif"), moto));
    }

    @Test
    void aSmallObjectReadWholeIsCachedToo() {
        ByteCache cache = new ByteCache(1 << 20);
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            URI uri = server.uri("bad/header_only.tif");
            SourceOptions o = SourceOptions.DEFAULT;
            assertEquals(8, new RangeReader(uri, Transports.forUri(uri, o), o, cache).readUpTo(0, 16384).length);
            server.clearRequests();
            RangeReader again = new RangeReader(uri, Transports.forUri(uri, o), o, cache);
            assertEquals(8, again.readUpTo(0, 16384).length);
            assertEquals(8, again.length());
            assertEquals(0, server.requests().size());
        }
    }
}
