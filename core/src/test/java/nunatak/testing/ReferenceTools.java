package nunatak.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the reference implementations the analysis tests compare against: Debian's python3 with GDAL, rasterio,
 * pyproj, numpy and scipy, and the GDAL command-line tools. Arrays travel as little-endian float64 files. A missing
 * tool fails the test with the command that installs it (./run-tests installs them).
 *
 * <pre>{@code
 * String out = ReferenceTools.python("import sys; print(1 + 1)");
 * double[] v = ReferenceTools.readDoubles(dir.resolve("ref.f64"));
 * }</pre>
 */
public final class ReferenceTools {
    /** Debian's interpreter, which has the distribution's GDAL, rasterio, pyproj and scipy. */
    public static final String PYTHON = "/usr/bin/python3";
    private static final String INSTALL = "the reference tools are needed: sudo apt-get install gdal-bin "
            + "python3-gdal python3-rasterio python3-pyproj python3-scipy (./run-tests installs them)";

    private ReferenceTools() {
    }

    /** Runs a Python script with arguments; returns its standard output, fails the test on a non-zero exit. */
    public static String python(String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-c", script));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    /** Runs a command; returns its standard output, fails the test on a non-zero exit or a missing tool. */
    public static String run(List<String> command) {
        try {
            Path err = Files.createTempFile("reference-", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
                p.getOutputStream().close();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(command.get(0) + " did not finish in 300 s");
                }
                String stderr = Files.readString(err);
                if (p.exitValue() != 0) {
                    fail(String.join(" ", command.subList(0, Math.min(2, command.size()))) + " failed ("
                            + p.exitValue() + "): " + stderr + (stderr.contains("ModuleNotFoundError") ? "\n" + INSTALL
                            : ""));
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError(INSTALL + " (could not run " + command.get(0) + ": " + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public static double[] readDoubles(Path file) {
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            double[] v = new double[b.remaining() / 8];
            b.asDoubleBuffer().get(v);
            return v;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static void writeDoubles(Path file, double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        try {
            Files.write(file, b.array());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
