package nunatak.sparkapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application jar runs under spark-submit with nothing but Spark's own class path beside it (what a
 * cluster's distribution provides): the notebook's coarsen, with the master spark-submit sets.
 */
@Timeout(180)
class SparkSubmitIT {

    private static final Path REMA_MINI = Fixtures.remaMini();

    @Test
    void theAppJarRunsTheCliUnderSparkSubmit(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target/nunatak-spark-app.jar").toAbsolutePath();
        String sparkClassPath = Files.readString(Path.of("target/provided.classpath")).strip() + ":"
                + Files.readString(Path.of("target/netty.classpath")).strip();
        assertTrue(Files.exists(jar));
        Path out = dir.resolve("map.json");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Dio.netty.")).toList());
        cmd.addAll(List.of("-cp", sparkClassPath, "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--class", "nunatak.cli.Main",
                jar.toString(),
                "coarsen", "--template", REMA_MINI + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif",
                "--factor", "10", "--mask-gt", "0", "-o", out.toString(), "--engine", "spark"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        assertTrue(p.waitFor(150, TimeUnit.SECONDS), "spark-submit did not finish");
        String log = Files.readString(dir.resolve("log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.lines().anyMatch(l -> l.matches("engine: .*\\(spark local\\[2\\]\\)")), log);
        assertTrue(!sparkClassPath.contains("nunatak") && !sparkClassPath.contains("picocli")
                && !sparkClassPath.contains("awssdk"), "only Spark's class path beside the jar");

        JsonNode ref = new ObjectMapper().readTree(REMA_MINI.resolve("reference.json").toFile())
                .get("coarsen_10_mean").get("values");
        JsonNode got = new ObjectMapper().readTree(out.toFile()).get("values");
        assertEquals(ref.size(), got.size());
        for (int r = 0; r < ref.size(); r++) {
            for (int c = 0; c < ref.get(r).size(); c++) {
                JsonNode e = ref.get(r).get(c);
                JsonNode a = got.get(r).get(c);
                if (e.isNull()) {
                    assertTrue(a.isNull(), r + "," + c);
                } else {
                    assertEquals(e.asDouble(), a.asDouble(), Math.abs(e.asDouble()) * 1e-5, r + "," + c);
                }
            }
        }
    }
}
