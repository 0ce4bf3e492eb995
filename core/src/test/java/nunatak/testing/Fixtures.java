package nunatak.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared, read-only fixtures written by GDAL (../shared/fixtures), found through the system property
 * {@code nunatak.fixtures} (set by the build) or by walking up from the working directory.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path root() {
        String prop = System.getProperty("nunatak.fixtures");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = p.resolveSibling("shared").resolve("fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("fixtures not found: set -Dnunatak.fixtures=/path/to/shared/fixtures");
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
