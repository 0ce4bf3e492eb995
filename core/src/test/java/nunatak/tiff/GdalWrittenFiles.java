package nunatak.tiff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nunatak.testing.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the tests that read files GDAL writes, in the test itself, into a temporary directory: GDAL must be
 * installed (a missing GDAL fails the tests with the install command, never skips them).
 */
abstract class GdalWrittenFiles {
    @TempDir
    static Path dir;

    @BeforeAll
    static void gdalIsInstalled() {
        Gdal.requireInstalled();
    }

    /** Runs a writer script with the new file's path as {@code sys.argv[1]} and {@code args} after it. */
    static Path write(String fileName, String script, String... args) {
        Path file = dir.resolve(fileName);
        List<String> all = new ArrayList<>(List.of(file.toString()));
        all.addAll(List.of(args));
        Gdal.python(dir, script, all.toArray(new String[0]));
        return file;
    }
}
