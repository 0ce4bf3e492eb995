package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What users type becomes a URI, and the URI's scheme picks the transport. */
class LocationsTest {

    @Test
    void aRelativePathBecomesAnAbsoluteFileUri() {
        URI uri = Locations.toUri("data/../dem.tif");
        assertEquals("file", uri.getScheme());
        assertEquals(Path.of("").toAbsolutePath().resolve("dem.tif"), Path.of(uri));
    }

    @Test
    void anAbsolutePathWithSpacesIsKept() {
        URI uri = Locations.toUri("/tmp/rema tiles/40_20.tif");
        assertEquals(Path.of("/tmp/rema tiles/40_20.tif"), Path.of(uri));
        assertEquals("file:///tmp/rema%20tiles/40_20.tif", uri.toString());
    }

    @Test
    void fileUrisInTheirSpellingsAreTheSameFile() {
        URI expected = Path.of("/data/dem.tif").toUri();
        assertEquals(expected, Locations.toUri("file:/data/dem.tif"));
        assertEquals(expected, Locations.toUri("file:///data/dem.tif"));
        assertEquals(expected, Locations.toUri("FILE:///data/dem.tif"));
    }

    @Test
    void remoteUrisAreKeptAsTyped() {
        assertEquals(URI.create("https://example.org/a/dem.tif?x=1"), Locations.toUri("https://example.org/a/dem.tif?x=1"));
        assertEquals(URI.create("http://127.0.0.1:8080/dem.tif"), Locations.toUri("http://127.0.0.1:8080/dem.tif"));
        assertEquals(URI.create("s3://pgc-opendata-dems/rema/mosaics/v2.0/2m/40_20.tif"),
                Locations.toUri("s3://pgc-opendata-dems/rema/mosaics/v2.0/2m/40_20.tif"));
        assertEquals(URI.create("gs://pangeo-pgc/8m/40_20/40_20_8m_dem_COG_LZW.tif"),
                Locations.toUri("gs://pangeo-pgc/8m/40_20/40_20_8m_dem_COG_LZW.tif"));
    }

    @Test
    void bucketNamesWithUnderscoresAndKeysWithSpacesSurvive() {
        URI uri = Locations.toUri("gs://my_bucket/dem tiles/a.tif");
        assertEquals("my_bucket", uri.getAuthority());
        assertEquals("/dem tiles/a.tif", uri.getPath());
        assertEquals("s3", Locations.toUri("s3://legacy_bucket/k.tif").getScheme());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyIsRejected(String location) {
        assertThrows(InvalidArgumentException.class, () -> Locations.toUri(location));
    }

    @Test
    void malformedUrisAreRejectedNamingThem() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> Locations.toUri("http://[bad/x.tif"));
        assertTrue(e.getMessage().startsWith("http://[bad/x.tif"), e::getMessage);
        assertThrows(InvalidArgumentException.class, () -> Locations.toUri("file:relative.tif"));
    }

    @Test
    void fileNameIsTheLastSegment() {
        assertEquals("40_20.tif", Locations.fileName(URI.create("s3://b/rema/40_20.tif")));
        assertEquals("dem.tif", Locations.fileName(Path.of("/tmp/dem.tif").toUri()));
    }

    @Test
    void theSchemePicksTheTransport() {
        SourceOptions o = SourceOptions.DEFAULT;
        assertInstanceOf(FileTransport.class, Transports.forUri(Locations.toUri("/tmp/x.tif"), o));
        assertInstanceOf(HttpTransport.class, Transports.forUri(URI.create("HTTPS://example.org/x.tif"), o));
        assertInstanceOf(S3Transport.class, Transports.forUri(URI.create("s3://b/x.tif"), o));
        assertInstanceOf(GcsTransport.class, Transports.forUri(URI.create("gs://b/x.tif"),
                o.withGcs(GcsOptions.DEFAULT.withAuth(Auth.ANONYMOUS))));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Transports.forUri(URI.create("ftp://example.org/x.tif"), o));
        assertTrue(e.getMessage().contains("ftp://example.org/x.tif") && e.getMessage().contains("unsupported scheme"),
                e::getMessage);
    }
}
