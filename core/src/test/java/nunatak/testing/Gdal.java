package nunatak.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GDAL, the reference implementation, run from a test: its command-line tools and Debian's Python bindings
 * ({@code /usr/bin/python3} with {@code osgeo.gdal}), which {@code run-tests} installs. A missing GDAL fails the
 * test with the command that installs it, never skips it.
 *
 * <pre>{@code
 * Gdal.requireInstalled();
 * Gdal.python(dir, "from osgeo import gdal; gdal.Translate(sys.argv[1], sys.argv[2])", "out.tif", "in.tif");
 * GdalRead read = GdalRead.of(dir.resolve("out.tif"));
 * JsonNode info = Gdal.info(dir.resolve("out.tif"));     // gdalinfo -json
 * String printed = Gdal.python("import pyproj; print(pyproj.__version__)");
 * }</pre>
 */
public final class Gdal {
    /** Debian's interpreter, which has the GDAL bindings (a pyenv python3 on PATH usually does not). */
    public static final String PYTHON = "/usr/bin/python3";
    private static final String INSTALL = "GDAL is needed for this test: install it with "
            + "`sudo apt-get install gdal-bin python3-gdal` (./run-tests does this)";

    /** What a command printed and returned. */
    public record Result(int code, String out, String err) {
    }

    private Gdal() {
    }

    /** Fails the test, naming the install command, unless gdalinfo and the Python bindings with numpy work. */
    public static void requireInstalled() {
        Result info = runOrNull(null, List.of("gdalinfo", "--version"));
        if (info == null || info.code != 0) {
            fail(INSTALL + " (gdalinfo not found)");
        }
        Result py = runOrNull(null, List.of(PYTHON, "-c", "from osgeo import gdal; import numpy"));
        if (py == null || py.code != 0) {
            fail(INSTALL + " (" + PYTHON + " cannot import osgeo.gdal and numpy" + (py == null ? "" : ": " + py.err) + ")");
        }
    }

    /** {@code gdalinfo -json} of a file or VRT. */
    public static JsonNode info(Path file) {
        return json(run(null, List.of("gdalinfo", "-json", file.toString())).out());
    }

    public static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Runs a Python program with Debian's interpreter and returns what it printed. */
    public static String python(String program) {
        return run(null, List.of(PYTHON, "-c", program)).out();
    }

    /** Runs a command in {@code dir} (null: the current directory); fails the test unless it exits with 0. */
    public static Result run(Path dir, List<String> command) {
        Result r = runOrNull(dir, command);
        if (r == null) {
            fail(INSTALL + " (could not run " + command.get(0) + ")");
        }
        if (r.code != 0) {
            fail(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " failed (" + r.code + "): "
                    + r.out + r.err);
        }
        return r;
    }

    /** Runs a Python script (GDAL's bindings imported as {@code gdal}, numpy as {@code np}, sys too) with arguments. */
    public static Result python(Path dir, String script, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, "-c",
                "import sys\nimport numpy as np\nfrom osgeo import gdal\ngdal.UseExceptions()\n" + script));
        command.addAll(List.of(args));
        return run(dir, command);
    }

    /** The text of a script kept next to the tests (src/test/resources). */
    public static String script(String resource) {
        try (InputStream in = Gdal.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command, or returns null when it cannot be started (not installed). */
    public static Result runOrNull(Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile()).start();
            p.getOutputStream().close();
            // Read stderr on the side, so a chatty command cannot block on a full pipe while we read stdout.
            java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
