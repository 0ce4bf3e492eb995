package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nunatak.AccessDeniedException;
import nunatak.NotFoundException;
import nunatak.testing.Fixtures;
import nunatak.testing.PixelAssertions;
import nunatak.testing.RangeHttpServer;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * gs:// through the endpoint override: a RangeHttpServer on 127.0.0.1 plays storage.googleapis.com, serving
 * {@code /bucket/key} from a directory (the fixtures root: bucket "cog", or a temp dir). Anonymous, so no
 * Application Default Credentials of the developer are ever used.
 */
class GcsEndpointTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @RegisterExtension
    final RangeHttpServer server = RangeHttpServer.serve(Fixtures.root());

    private SourceOptions options(GcsOptions gcs) {
        return SourceOptions.DEFAULT.withCacheBytes(0)
                .withGcs(gcs.withEndpoint(URI.create(server.baseUrl())).withAuth(Auth.ANONYMOUS));
    }

    @Test
    void valuesEqualLocalReadsAndRequestsCarryNoCredentials() {
        GeoTiff local = GeoTiff.open(Fixtures.cog("lzw_pred3_bigtiff.tif").toString());
        GeoTiff remote = assertTimeoutPreemptively(LIMIT,
                () -> GeoTiff.open("gs://cog/lzw_pred3_bigtiff.tif", options(GcsOptions.DEFAULT)));
        assertEquals("gs://cog/lzw_pred3_bigtiff.tif", remote.uri().toString());
        List<RangeHttpServer.Request> opening = server.requests();
        assertEquals(1, opening.size(), opening::toString);
        assertEquals("bytes=0-16383", opening.get(0).range());
        assertTimeoutPreemptively(LIMIT, () -> PixelAssertions.assertSameLevels(local, remote));
        for (RangeHttpServer.Request r : server.requests()) {
            assertEquals("GET", r.method());
            assertEquals("/cog/lzw_pred3_bigtiff.tif", r.path());
            assertNull(r.header("Authorization"), () -> "anonymous request carried credentials: " + r);
            assertNull(r.query(), r::toString);
        }
    }

    @Test
    void aMissingObjectIsNotFoundNamingTheGsUri() {
        NotFoundException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(NotFoundException.class,
                () -> GeoTiff.open("gs://cog/missing.tif", options(GcsOptions.DEFAULT))));
        assertTrue(e.getMessage().startsWith("gs://cog/missing.tif: "), e::getMessage);
        assertTrue(e.getMessage().contains("HTTP 404"), e::getMessage);
        assertEquals(1, server.requests().size(), "a missing object is not retried");
    }

    @Test
    void aForbiddenObjectIsAccessDeniedNamingTheGsUri() {
        server.respondWith("/cog/lzw.tif", 403);
        AccessDeniedException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(AccessDeniedException.class,
                () -> GeoTiff.open("gs://cog/lzw.tif", options(GcsOptions.DEFAULT))));
        assertTrue(e.getMessage().startsWith("gs://cog/lzw.tif: "), e::getMessage);
        assertTrue(e.getMessage().contains("HTTP 403") && e.getMessage().contains("Status403"), e::getMessage);
        assertEquals(1, server.requests().size(), "access denied is not retried");
    }

    @Test
    void transientFailuresAreRetriedAndNamedByTheGsUri() {
        server.setFaults(RangeHttpServer.Faults.always503());
        SourceOptions o = options(GcsOptions.DEFAULT).withRetry(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(5)));
        nunatak.SourceIOException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(nunatak.SourceIOException.class,
                () -> GeoTiff.open("gs://cog/lzw.tif", o)));
        assertTrue(e.getMessage().startsWith("gs://cog/lzw.tif (bytes 0-16383): failed after 3 attempts"), e::getMessage);
        assertEquals(3, server.requests().size());
    }

    @Test
    void userProjectIsSentForRequesterPaysBuckets() {
        GeoTiff tif = assertTimeoutPreemptively(LIMIT,
                () -> GeoTiff.open("gs://cog/lzw.tif", options(GcsOptions.DEFAULT.withUserProject("my project"))));
        assertEquals(700, tif.width());
        assertEquals("userProject=my+project", server.requests().get(0).query());
    }

    @Test
    void bucketsWithUnderscoresAndKeysWithSpacesAreReadCorrectly(@TempDir Path dir) throws IOException {
        Path object = dir.resolve("my_bucket/dem tiles/40_20 dem.tif");
        Files.createDirectories(object.getParent());
        Files.copy(Fixtures.cog("lzw.tif"), object);
        try (RangeHttpServer tmp = RangeHttpServer.serve(dir)) {
            SourceOptions o = SourceOptions.DEFAULT.withCacheBytes(0).withGcs(GcsOptions.DEFAULT
                    .withEndpoint(URI.create(tmp.baseUrl() + "/")).withAuth(Auth.ANONYMOUS));
            GeoTiff remote = assertTimeoutPreemptively(LIMIT,
                    () -> GeoTiff.open("gs://my_bucket/dem tiles/40_20 dem.tif", o));
            assertTimeoutPreemptively(LIMIT,
                    () -> PixelAssertions.assertSameLevels(GeoTiff.open(Fixtures.cog("lzw.tif").toString()), remote));
            assertEquals("/my_bucket/dem tiles/40_20 dem.tif", tmp.requests().get(0).path());
        }
    }

    @Test
    void objectUrlsArePercentEncodedUnderTheEndpoint() {
        GcsTransport t = new GcsTransport(GcsOptions.DEFAULT.withAuth(Auth.ANONYMOUS)
                .withEndpoint(URI.create("http://127.0.0.1:9/storage/")), SourceOptions.DEFAULT.timeouts());
        assertEquals("http://127.0.0.1:9/storage/pangeo-pgc/8m/40_20/a%20b%2Bc%23.tif",
                t.objectUrl(Locations.toUri("gs://pangeo-pgc/8m/40_20/a b+c%23.tif")).toString());
        assertEquals("https://storage.googleapis.com/my_bucket/k.tif", new GcsTransport(GcsOptions.DEFAULT
                .withAuth(Auth.ANONYMOUS), SourceOptions.DEFAULT.timeouts())
                .objectUrl(URI.create("gs://my_bucket/k.tif")).toString());
        assertThrows(nunatak.InvalidArgumentException.class, () -> t.objectUrl(URI.create("gs://bucket-only")));
    }
}
