package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import nunatak.BadContentException;
import nunatak.ByteSpan;
import nunatak.NunatakException;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken inputs give a clear error naming the file, quickly, and never pixels. */
class BadFilesTest {

    static Stream<String> badFiles() {
        return Stream.of("truncated.tif", "header_only.tif", "not_a_tiff.tif", "corrupt_blocks.tif");
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void localFileFailsNamingIt(String name) {
        Path file = Fixtures.bad(name);
        NunatakException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(NunatakException.class, () -> readEverything(file.toString())));
        assertTrue(e.getMessage().contains(name), () -> "message does not name the file: " + e.getMessage());
        assertTrue(e instanceof BadContentException, () -> "expected bad content, got " + e);
        assertTrue(e.uri().map(u -> u.getPath().endsWith("/" + name)).orElse(false), () -> "uri() " + e.uri());
    }

    @Test
    void truncatedFileSaysWhichBytesAreMissing() {
        Path file = Fixtures.bad("truncated.tif");
        BadContentException e = assertThrows(BadContentException.class, () -> GeoTiff.open(file.toString()));
        ByteSpan missing = e.range().orElseThrow(() -> new AssertionError("no range() in " + e.getMessage()));
        assertTrue(e.getMessage().contains(missing.offset() + "-" + (missing.last())),
                () -> missing + " is not the block the message names: " + e.getMessage());
        assertTrue(missing.offset() + missing.length() > file.toFile().length(), () -> missing + " lies in the file");
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void remoteFileFailsNamingIt(String name) {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            String uri = server.uri("bad/" + name).toString();
            NunatakException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(NunatakException.class, () -> readEverything(uri)));
            assertTrue(e.getMessage().contains(uri), () -> "message does not name the URI: " + e.getMessage());
        }
    }

    /** Reads every level in full, so a corrupt block anywhere is met. */
    private static void readEverything(String location) {
        GeoTiff tif = GeoTiff.open(location);
        for (int i = 0; i < tif.levels().size(); i++) {
            ImageLevel l = tif.level(i);
            tif.read(i, Window.of(l.width(), l.height()));
        }
    }
}
