package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nunatak.source.SourceOptions;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nunatak sample} writes the tiles and tells how to find them again. */
class SampleCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTilesAndPrintsTheTemplate() {
        String out = run(0, "sample", "--root", dir.toString(), "--res", "1000", "--rows", "40:39", "--cols", "20:21",
                "--missing", "39_21", "--seed", "5", "--quiet");
        String root = dir.toAbsolutePath().normalize().toString();
        assertTrue(out.contains("Template: " + root + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_1000m_dem_COG_LZW.tif"), out);
        assertTrue(out.contains("Rows: 40:39") && out.contains("Cols: 20:21"), out);
        assertTrue(out.contains("Wrote 3 tiles") && out.contains("left out 39_21"), out);
        Path tile = dir.resolve("40_21/40_21_1000m_dem_COG_LZW.tif");
        GeoTiff tif = GeoTiff.open(tile.toString(), SourceOptions.DEFAULT.withCacheBytes(0));
        assertEquals(100, tif.width());
        assertEquals(3031, tif.geo().epsg());
        assertFalse(Files.exists(dir.resolve("39_21")));

        String again = run(0, "sample", "--root", dir.toString(), "--res", "1000", "--rows", "40:39", "--cols", "20:21",
                "--missing", "39_21", "--seed", "5", "--json");
        assertTrue(again.contains("\"reused\" : [ \"40_20\", \"40_21\", \"39_20\" ]"), again);
    }

    @Test
    void remaV2WritesTheIndexTilesTheirStacCatalogAndVrts() {
        String out = run(0, "sample", "--product", "rema-v2", "--root", dir.toString(), "--rows", "40", "--cols", "21",
                "--layers", "dem,count", "--seed", "3", "--quiet");
        Path base = dir.resolve("rema/mosaics/v2.0");
        assertTrue(out.contains("Wrote 1 REMA v2 32m tiles") && out.contains("Base URL: " + base + "/"), out);
        assertTrue(out.contains("STAC collection: " + base.resolve("32m.json")), out);
        assertTrue(out.contains("VRT count: " + base.resolve("32m_count.vrt")), out);
        GeoTiff half = GeoTiff.open(base.resolve("32m/40_21/40_21_32m_v2.0_dem.tif").toString(),
                SourceOptions.DEFAULT.withCacheBytes(0));
        assertEquals(3131, half.width());
        assertEquals(1568, half.height());
        assertTrue(Files.exists(base.resolve("32m/40_21/40_21_32m_v2.0_count.tif")));
        assertFalse(Files.exists(base.resolve("32m/40_21/40_21_32m_v2.0_mad.tif")));
        assertTrue(Files.exists(dir.resolve("pgc-data-stac.json")));

        String cat = run(0, "sample", "--product", "rema-v2", "--res", "10", "--all", "--catalog-only", "--root",
                dir.toString(), "--json");
        assertTrue(cat.contains("\"catalogued\" : 1523") && cat.contains("\"written\" : [ ]"), cat);
        assertTrue(Files.exists(base.resolve("10m/62_06s/62_06s_10m_v2.0.json")));
        assertFalse(Files.exists(base.resolve("10m/62_06s/62_06s_10m_v2.0_dem.tif")));
    }

    @Test
    void badArgumentsExitWithUsageError() {
        run(2, "sample", "--product", "rema-v2", "--root", dir.toString(), "--res", "8");
        run(2, "sample", "--product", "rema-v2", "--root", dir.toString(), "--missing", "38_21");
        run(2, "sample", "--product", "rema-v3", "--root", dir.toString());
        run(2, "sample", "--root", dir.toString(), "--catalog-only");
        run(2, "sample", "--root", dir.toString(), "--res", "7");
        run(2, "sample", "--root", dir.toString(), "--rows", "forty");
    }

    private static String run(int expectedCode, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            assertEquals(expectedCode, code, () -> out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
