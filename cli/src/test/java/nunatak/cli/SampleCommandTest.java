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
    void badArgumentsExitWithUsageError() {
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
