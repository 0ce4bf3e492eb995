package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same computation run twice, each time in a JVM of its own (hash seeds and {@code Map.of} orders differ
 * between JVMs) through a server that delays every answer by a random time (so tiles and blocks arrive in a
 * different order), writes the same bytes: JSON, CSV and GeoTIFF of {@code coarsen}, JSON and CSV of
 * {@code profile}.
 */
class DeterministicOutputTest {
    private static final String TILES = "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
    private static final List<String> ATTRS_IN_ORDER = List.of("transform", "crs", "res", "is_tiled", "nodatavals",
            "scales", "offsets", "AREA_OR_POINT", "long_name", "units");

    @TempDir
    Path dir;

    @Test
    void coarsenMeansAndProfilesAreByteIdentical() throws Exception {
        // Cells of 7 straddle the 250-pixel tiles, so most corner cells are merged from the partial sums of four
        // tasks, in the order the tasks end; sums of float32 elevations are exact in float64, so that order
        // cannot show in the mean.
        List<String> outputs = List.of("coarse.json", "coarse.csv", "coarse.tif", "profile-y.json", "profile-y.csv",
                "profile-x.json", "profile-x.csv");
        assertSameBytesInTwoRuns("mean", outputs);
        List<String> keys = new ArrayList<>();
        new ObjectMapper().readTree(dir.resolve("a/coarse.json").toFile()).get("attrs").fieldNames()
                .forEachRemaining(keys::add);
        assertEquals(ATTRS_IN_ORDER, keys, "the attributes' order");
    }

    @Test
    void coarsenStandardDeviationsAreByteIdentical() throws Exception {
        assertSameBytesInTwoRuns("std", List.of("coarse.json", "coarse.csv", "coarse.tif"));
    }

    private void assertSameBytesInTwoRuns(String reducer, List<String> outputs) throws Exception {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.remaMini())) {
            server.delayRandomly(40);
            String template = server.baseUrl() + TILES;
            run(template, reducer, dir.resolve("a"));
            run(template, reducer, dir.resolve("b"));
        }
        for (String name : outputs) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(name));
            byte[] b = Files.readAllBytes(dir.resolve("b").resolve(name));
            assertTrue(a.length > 0, name);
            assertArrayEquals(a, b, name + " differs between the two runs");
        }
    }

    /** coarsen by 7 (JSON, CSV, GeoTIFF) and profiles along y and x (JSON, CSV), in one new JVM. */
    private static void run(String template, String reducer, Path out) throws IOException, InterruptedException {
        String mosaic = String.join("\t", "--template", template, "--rows", "40:37", "--cols", "20:23",
                "--mask-gt", "0", "--cache-mb", "0");
        List<String> commands = new ArrayList<>();
        for (String ext : List.of("json", "csv", "tif")) {
            commands.add("coarsen\t" + mosaic + "\t--factor\t7\t--reducer\t" + reducer + "\t-o\t"
                    + out.resolve("coarse." + ext));
        }
        for (String ext : List.of("json", "csv")) {
            commands.add("profile\t" + mosaic + "\t--y\t750000\t-o\t" + out.resolve("profile-y." + ext));
            commands.add("profile\t" + mosaic + "\t--x\t-912345\t-o\t" + out.resolve("profile-x." + ext));
        }
        Files.createDirectories(out);
        Path script = out.resolve("commands.tsv");
        Files.write(script, commands, StandardCharsets.UTF_8);
        Path log = out.resolve("run.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CliBatch.class.getName(),
                script.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not finish in 2 minutes");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), () -> "the run failed:\n" + readLog(log));
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
