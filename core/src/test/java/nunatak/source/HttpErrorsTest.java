package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import nunatak.AccessDeniedException;
import nunatak.NotFoundException;
import nunatak.NunatakException;
import nunatak.SourceIOException;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTTP answers that are not data map to the right exception, are retried only when transient, and name the URI. */
class HttpErrorsTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final SourceOptions OPTIONS = SourceOptions.DEFAULT.withCacheBytes(0)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5)));

    @RegisterExtension
    final RangeHttpServer server = RangeHttpServer.serve(Fixtures.root());

    private NunatakException openFails(String path) {
        String uri = server.uri(path).toString();
        NunatakException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(NunatakException.class, () -> GeoTiff.open(uri, OPTIONS)));
        assertTrue(e.getMessage().startsWith(uri), () -> "message does not start with the URI: " + e.getMessage());
        return e;
    }

    @Test
    void aMissingFileIsNotFoundAtOnce() {
        NunatakException e = openFails("cog/missing.tif");
        assertTrue(e instanceof NotFoundException, e::toString);
        assertTrue(e.getMessage().contains("HTTP 404"), e::getMessage);
        assertEquals(1, server.requests().size(), "not retried");
    }

    @ParameterizedTest
    @CsvSource({"401, nunatak.AccessDeniedException, 1", "403, nunatak.AccessDeniedException, 1",
            "404, nunatak.NotFoundException, 1", "410, nunatak.NotFoundException, 1",
            "400, nunatak.SourceIOException, 1",
            "408, nunatak.SourceIOException, 3", "429, nunatak.SourceIOException, 3",
            "500, nunatak.SourceIOException, 3", "502, nunatak.SourceIOException, 3"})
    void eachStatusMapsToItsException(int status, Class<? extends NunatakException> expected, int requests) {
        server.respondWith("/cog/lzw.tif", status);
        NunatakException e = openFails("cog/lzw.tif");
        assertEquals(expected, e.getClass(), e::toString);
        assertTrue(e.getMessage().contains("HTTP " + status), e::getMessage);
        assertEquals(requests, server.requests().size(), "transient statuses are retried, others are not");
        if (e instanceof AccessDeniedException) {
            assertTrue(e.getMessage().contains("check credentials"), e::getMessage);
        }
        if (e instanceof SourceIOException) {
            assertTrue(e.getMessage().contains("bytes 0-16383"), () -> "names the byte range: " + e.getMessage());
        }
    }

    @Test
    void unsatisfiableFromTheFirstByteMeansAnEmptyObject() {
        server.respondWith("/cog/lzw.tif", 416);
        NunatakException e = openFails("cog/lzw.tif");
        assertEquals(nunatak.BadContentException.class, e.getClass(), e::toString);
        assertTrue(e.getMessage().contains("only 0 bytes"), e::getMessage);
        assertEquals(1, server.requests().size());
    }

    @Test
    void aServerThatIgnoresRangeIsAClearErrorNotWrongBytes() {
        server.ignoreRanges(true);
        NunatakException e = openFails("cog/lzw.tif");
        assertEquals(SourceIOException.class, e.getClass(), e::toString);
        assertTrue(e.getMessage().contains("bytes 0-16383") && e.getMessage().contains("ignored the Range header"),
                e::getMessage);
        assertEquals(1, server.requests().size(), "not retried: asking again would not help");
    }

    @Test
    void aServerThatIgnoresRangeIsFineWhenTheWholeObjectWasAskedFor() throws Exception {
        server.ignoreRanges(true);
        RangeReader reader = RangeReader.open(server.uri("bad/header_only.tif").toString(), OPTIONS);
        byte[] bytes = assertTimeoutPreemptively(LIMIT, () -> reader.readUpTo(0, 16384));
        assertArrayEquals(Files.readAllBytes(Fixtures.bad("header_only.tif")), bytes);
        assertEquals(8, reader.length());
    }

    @Test
    void aServerThatIgnoresRangeFailsForAPartOfTheObject() {
        RangeReader reader = RangeReader.open(server.uri("bad/header_only.tif").toString(), OPTIONS);
        server.ignoreRanges(true);
        SourceIOException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(SourceIOException.class, () -> reader.read(new ByteRange(2, 4))));
        assertTrue(e.getMessage().contains("bytes 2-5") && e.getMessage().contains("ignored the Range header"),
                e::getMessage);
    }

    @Test
    void readingPastTheEndIsBadContentNamingTheRange() {
        RangeReader reader = RangeReader.open(server.uri("bad/header_only.tif").toString(), OPTIONS);
        NunatakException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(nunatak.BadContentException.class, () -> reader.readAll(List.of(new ByteRange(4, 100)))));
        assertTrue(e.getMessage().contains("bytes 4-103") && e.getMessage().contains("beyond the end"), e::getMessage);
    }

    @Test
    void aRefusedConnectionFailsAfterTheRetries() {
        String uri = server.uri("cog/lzw.tif").toString();
        server.close();
        SourceIOException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(SourceIOException.class, () -> GeoTiff.open(uri, OPTIONS)));
        assertTrue(e.getMessage().startsWith(uri + " (bytes 0-16383): failed after 3 attempts"), e::getMessage);
    }
}
