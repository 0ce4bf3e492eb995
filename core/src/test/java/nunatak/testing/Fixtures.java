package nunatak.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only fixtures written by GDAL, kept in the repository under {@code testdata/} (see its README),
 * found through the system property {@code nunatak.testdata} (set by the build to the repository's
 * {@code testdata/}) or, when a test runs outside Maven, by walking up from the working directory.
 *
 * <pre>{@code
 * GeoTiff tif = GeoTiff.open(Fixtures.cog("lzw.tif").toString());
 * JsonNode ref = Fixtures.cogReference().get("lzw.tif");
 * }</pre>
 */
public final class Fixtures {
    /** A file every copy of the fixtures has, so an unrelated directory named testdata is not taken. */
    private static final String MARKER = "cog/reference.json";

    private Fixtures() {
    }

    public static Path root() {
        String prop = System.getProperty("nunatak.testdata");
        if (prop != null && Files.isRegularFile(Path.of(prop).resolve(MARKER))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("testdata");
            if (Files.isRegularFile(candidate.resolve(MARKER))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the test fixtures were not found: run the tests from the repository (its "
                + "testdata/ directory holds them) or set -Dnunatak.testdata=/path/to/testdata");
    }

    public static Path cog(String name) {
        return root().resolve("cog").resolve(name);
    }

    public static Path bad(String name) {
        return root().resolve("bad").resolve(name);
    }

    public static Path remaMini() {
        return root().resolve("rema-mini");
    }

    public static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode cogReference() {
        return json(root().resolve("cog/reference.json"));
    }

    public static JsonNode remaMiniReference() {
        return json(remaMini().resolve("reference.json"));
    }
}
