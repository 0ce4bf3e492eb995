package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code --engine local|spark}: the same map either way, clean terminal output, and no Spark needed for local. */
@Timeout(180)
class EngineChoiceTest {
    private static final String TEMPLATE = Fixtures.remaMini() + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
    private static final String WARNING = "warning: 1 of 16 tiles do not exist and are read as NaN: 38_21 ("
            + Fixtures.remaMini().resolve("38_21/38_21_400m_dem_COG_LZW.tif") + ")";

    private record Run(int exit, List<String> stderr) {
    }

    @Test
    void sparkGivesTheLocalEnginesMapWithTheSameWarningAndNoSparkLogs(@TempDir Path dir) throws IOException {
        Run local = inProcess("coarsen", "--template", TEMPLATE, "--factor", "10", "--mask-gt", "0",
                "-o", dir.resolve("local.json").toString());
        Run spark = inProcess("coarsen", "--template", TEMPLATE, "--factor", "10", "--mask-gt", "0",
                "-o", dir.resolve("spark.json").toString(), "--engine", "spark", "--master", "local[2]",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.nunatak.minPartitionBytes=1m");
        assertEquals(0, local.exit(), local.stderr()::toString);
        assertEquals(0, spark.exit(), spark.stderr()::toString);
        assertEquals(List.of(WARNING), local.stderr().stream().filter(l -> l.startsWith("warn") || l.startsWith("WARN")).toList());
        assertEquals(List.of(WARNING), spark.stderr().stream().filter(l -> l.startsWith("warn") || l.startsWith("WARN")).toList());
        assertTrue(spark.stderr().stream().anyMatch(l -> l.matches("engine: +[0-9.]+ s +\\(spark local\\[2\\]\\)")),
                spark.stderr()::toString);
        assertTrue(spark.stderr().stream().anyMatch(l -> l.matches("coarsen: .*\\(spark local\\[2\\], [0-9.]+ MiB read\\)")),
                spark.stderr()::toString);
        assertEquals(5, spark.stderr().size(), () -> "warning, open, engine, coarsen, write: " + spark.stderr());
        assertSameValues(read(dir.resolve("local.json")), read(dir.resolve("spark.json")));
    }

    @Test
    void sparkSettingsWithoutTheSparkEngineAreAUsageError(@TempDir Path dir) {
        Run r = inProcess("profile", "--template", TEMPLATE, "--y", "750000", "-o", dir.resolve("p.csv").toString(),
                "--master", "local[2]");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("nunatak: error: --master and --conf configure Spark; add --engine spark"),
                r.stderr()::toString);
    }

    @Test
    void theLocalEngineRunsWithoutSparkOnTheClassPath(@TempDir Path dir) throws Exception {
        String noSpark = classPath(e -> !e.contains("/org/apache/spark/") && !e.contains("/org/scala-lang/")
                && !e.endsWith("spark/target/classes") && !e.contains("nunatak-spark"));
        Run ok = forked(noSpark, "coarsen", "--template", TEMPLATE, "--factor", "50", "-o", dir.resolve("m.json").toString());
        assertEquals(0, ok.exit(), ok.stderr()::toString);
        assertTrue(Files.size(dir.resolve("m.json")) > 0);

        Run missing = forked(noSpark, "coarsen", "--template", TEMPLATE, "--factor", "50", "-o",
                dir.resolve("s.json").toString(), "--engine", "spark");
        assertEquals(2, missing.exit());
        assertTrue(missing.stderr().contains("nunatak: error: --engine spark is not available: the nunatak-spark "
                + "module is not on the class path (use the nunatak launcher or jar)"), missing.stderr()::toString);
    }

    private static Run inProcess(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(args);
        } finally {
            System.setErr(saved);
        }
        return new Run(exit, buf.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static Run forked(String classPath, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "nunatak.cli.Main"));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out.lines().toList());
    }

    private static String classPath(java.util.function.Predicate<String> keep) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = Arrays.stream(cp.split(File.pathSeparator)).filter(keep).toList();
        assertFalse(kept.stream().anyMatch(e -> e.contains("spark-core")));
        return kept.stream().collect(Collectors.joining(File.pathSeparator));
    }

    private static JsonNode read(Path p) throws IOException {
        return new ObjectMapper().readTree(p.toFile());
    }

    private static void assertSameValues(JsonNode expected, JsonNode actual) {
        assertEquals(expected.get("coords"), actual.get("coords"));
        JsonNode e = expected.get("values");
        JsonNode a = actual.get("values");
        assertEquals(e.size(), a.size());
        for (int r = 0; r < e.size(); r++) {
            for (int c = 0; c < e.get(r).size(); c++) {
                JsonNode x = e.get(r).get(c);
                JsonNode y = a.get(r).get(c);
                if (x.isNull()) {
                    assertTrue(y.isNull(), "NaN at " + r + "," + c);
                } else {
                    assertEquals(x.asDouble(), y.asDouble(), Math.abs(x.asDouble()) * 1e-9, r + "," + c);
                }
            }
        }
    }
}
