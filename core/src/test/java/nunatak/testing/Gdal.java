package nunatak.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs GDAL's command-line tools and Debian's Python (with GDAL, rasterio, pyproj) as the independent reference
 * of a test, failing the test with the install command when they are missing.
 *
 * <pre>{@code
 * JsonNode info = Gdal.info(Path.of("tile.tif"));          // gdalinfo -json
 * Gdal.run(List.of("gdalbuildvrt", "-q", "out.vrt", "a.tif", "b.tif"), dir);
 * String lonLat = Gdal.python("import pyproj; print(1)");
 * }</pre>
 */
public final class Gdal {
    /** Debian's interpreter, which has the GDAL bindings (a pyenv python3 on PATH usually does not). */
    public static final String PYTHON = "/usr/bin/python3";
    private static final String INSTALL = "GDAL is needed for this test: install it with "
            + "`sudo apt-get install gdal-bin python3-gdal python3-pyproj` (./run-tests does this)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Gdal() {
    }

    /** {@code gdalinfo -json} of a file or VRT. */
    public static JsonNode info(Path file) {
        return json(run(List.of("gdalinfo", "-json", file.toString()), null));
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Runs a Python program with Debian's interpreter and returns what it printed. */
    public static String python(String program) {
        return run(List.of(PYTHON, "-c", program), null);
    }

    /** Runs a command (in {@code dir}, or the current directory when null) and returns its standard output. */
    public static String run(List<String> command, Path dir) {
        File err = null;
        try {
            err = File.createTempFile("nunatak-gdal", ".err");
            Process p = new ProcessBuilder(new ArrayList<>(command)).directory(dir == null ? null : dir.toFile())
                    .redirectError(err).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command + " did not finish in 300 s");
            }
            if (p.exitValue() != 0) {
                fail(String.join(" ", command.subList(0, Math.min(4, command.size()))) + " failed (" + p.exitValue()
                        + "): " + out + Files.readString(err.toPath()));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(INSTALL + " (could not run " + command.get(0) + ": " + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            if (err != null) {
                err.delete();
            }
        }
    }
}
