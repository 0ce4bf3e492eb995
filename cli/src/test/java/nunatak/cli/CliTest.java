package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = Fixtures.remaMini() + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";

    @TempDir
    Path dir;

    @Test
    void infoJsonHasTheDocumentedKeys() throws Exception {
        CliRun r = CliRun.of("info", "--json", Fixtures.cog("lzw_pred3_bigtiff.tif").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(700, j.get("width").asInt());
        assertEquals(600, j.get("height").asInt());
        assertEquals("float32", j.get("dtype").asText());
        assertEquals(256, j.get("block_width").asInt());
        assertEquals(256, j.get("block_height").asInt());
        assertEquals("LZW", j.get("compression").asText());
        assertEquals(3, j.get("predictor").asInt());
        assertEquals(3031, j.get("epsg").asInt());
        assertEquals("[-1029600.0,64.0,0.0,846400.0,0.0,-64.0]", j.get("geotransform").toString());
        assertEquals(-9999.0, j.get("nodata").asDouble());
        assertEquals("[{\"width\":350,\"height\":300},{\"width\":175,\"height\":150}]", j.get("overviews").toString());
        assertTrue(j.get("bigtiff").asBoolean());
    }

    @Test
    void infoTextReadsLikeGdalinfo() {
        CliRun r = CliRun.of("info", Fixtures.cog("striped.tif").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Size: 700 x 600") && r.out().contains("Block: 700 x 16 (strips)")
                && r.out().contains("EPSG:3031") && r.out().contains("NoData: -9999.0"), r.out());
    }

    @Test
    void valuesAreBitExactAgainstRasterio() throws Exception {
        JsonNode ref = Fixtures.cogReference().get("zstd_pred3.tif").get("windows").get(3);
        String window = ref.get("col") + "," + ref.get("row") + "," + ref.get("width") + "," + ref.get("height");
        CliRun r = CliRun.of("values", Fixtures.cog("zstd_pred3.tif").toString(), "--window", window, "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(ref.get("width").asInt(), j.get("width").asInt());
        assertEquals(ref.get("values"), j.get("values"));
    }

    @Test
    void valuesOfAnOverview() throws Exception {
        CliRun r = CliRun.of("values", Fixtures.cog("uint8.tif").toString(), "--window", "0,0,2,2", "--overview", "2",
                "--json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(JSON.readTree(r.out()).get("values").get(0).get(0).isIntegralNumber());
    }

    @Test
    void errorsAreOneLineWithANonZeroExit() {
        CliRun bad = CliRun.of("info", Fixtures.bad("truncated.tif").toString());
        assertEquals(1, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("truncated.tif"), bad.err());

        CliRun outside = CliRun.of("values", Fixtures.cog("lzw.tif").toString(), "--window", "690,0,20,1");
        assertEquals(2, outside.exit());
        assertTrue(outside.err().contains("outside"), outside.err());

        CliRun missing = CliRun.of("info", dir.resolve("nope.tif").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());

        assertEquals(2, CliRun.of("values", Fixtures.cog("lzw.tif").toString()).exit(), "missing --window");
    }

    @Test
    void coarsenWritesXarraysMap() throws Exception {
        Path out = dir.resolve("map.json");
        Path png = dir.resolve("map.png");
        CliRun r = CliRun.of("coarsen", "--template", TEMPLATE, "--rows", "40:37", "--cols", "20:23", "--factor", "10",
                "--mask-gt", "0", "-o", out.toString(), "--plot", png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("coarsen:") && r.err().contains("38_21"), r.err());
        JsonNode got = JSON.readTree(out.toFile());
        JsonNode ref = Fixtures.remaMiniReference().get("coarsen_10_mean");
        assertEquals(ref.get("x"), got.get("coords").get("x"));
        assertEquals(ref.get("y"), got.get("coords").get("y"));
        for (int r0 = 0; r0 < 100; r0++) {
            for (int c = 0; c < 100; c++) {
                JsonNode e = ref.get("values").get(r0).get(c);
                JsonNode v = got.get("values").get(r0).get(c);
                assertEquals(e.isNull(), v.isNull());
                if (!e.isNull()) {
                    assertEquals(e.asDouble(), v.asDouble(), Math.abs(e.asDouble()) * 1e-5);
                }
            }
        }
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void profileWritesCsvAtXarraysRow() throws Exception {
        Path out = dir.resolve("profile.csv");
        CliRun r = CliRun.of("profile", "--template", TEMPLATE, "--y", "750000", "--mask-gt", "0", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(1001, lines.size());
        assertEquals("x,y,value", lines.get(0));
        assertEquals("-1099800,750200,813.9755249023438", lines.get(1));
        CliRun outside = CliRun.of("profile", "--template", TEMPLATE, "--x", "5", "-o", out.toString());
        assertEquals(2, outside.exit());
    }

    @Test
    void notebookRunsTheNotebooksStepsInOneTimedSession() throws Exception {
        Path out = dir.resolve("nb");
        Path timings = dir.resolve("t.json");
        CliRun r = CliRun.of("notebook", "--template", TEMPLATE, "--factor", "10", "-o", out.toString(),
                "--timings", timings.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode t = JSON.readTree(timings.toFile());
        assertEquals(List.of("open", "preview", "coarsen", "map.json", "profile"), iterable(t.fieldNames()));
        JsonNode map = JSON.readTree(out.resolve("map.json").toFile());
        assertEquals(Fixtures.remaMiniReference().get("coarsen_10_mean").get("x"), map.get("coords").get("x"));
        assertEquals("-1099800,750200,813.9755249023438", Files.readAllLines(out.resolve("profile.csv")).get(1));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void plotsASavedResult() throws Exception {
        Path json = dir.resolve("p.json");
        assertEquals(0, CliRun.of("profile", "--template", TEMPLATE, "--x", "-912345", "--mask-gt", "0", "-o",
                json.toString()).exit());
        Path svg = dir.resolve("p.svg");
        CliRun r = CliRun.of("plot", json.toString(), "-o", svg.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(svg).contains("<svg"));
    }
}
