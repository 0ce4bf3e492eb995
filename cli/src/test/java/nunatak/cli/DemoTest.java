package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nunatak demo} at a small resolution: the notebook's two pictures and profile, the profile along a line and
 * the two basins' statistics, and a reused sample.
 */
@Timeout(300)
class DemoTest {
    @TempDir
    Path dir;

    @Test
    void producesTheNotebooksOutputsAndReusesTheSample() throws Exception {
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out");
        CliRun first = CliRun.of("demo", "--res", "400", "--cache", cache.toString(), "-o", out.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("15 tiles written, 0 reused"), first.out());
        assertTrue(first.out().contains("<nunatak.DataArray 'elevation' (y: 1000, x: 1000)>"), first.out());
        for (String step : List.of("sample:", "open:", "coarsen:", "map.png:", "profile:", "profile.png:",
                "profile_line:", "zonal:")) {
            assertTrue(first.out().lines().anyMatch(l -> l.startsWith(step)), "no timing for " + step);
        }
        assertTrue(first.out().contains("--preset rema-v1-8m") && first.out().contains("--engine spark"));

        assertTrue(ImageIO.read(out.resolve("map.png").toFile()).getWidth() >= 600, "map.png is a figure");
        assertTrue(ImageIO.read(out.resolve("profile.png").toFile()).getWidth() >= 600, "profile.png is a figure");
        List<String> csv = Files.readAllLines(out.resolve("profile.csv"));
        assertEquals(1 + 1000, csv.size(), "header and one row per pixel of the 400 m mosaic");
        assertEquals("x,y,elevation", csv.get(0));
        assertTrue(ImageIO.read(out.resolve("profile_line.png").toFile()).getWidth() >= 600, "profile_line.png");
        List<String> line = Files.readAllLines(out.resolve("profile_line.csv"));
        assertEquals("distance,x,y,elevation", line.get(0));
        assertTrue(line.size() > 1000, "a station every 400 m along about 470 km: " + line.size());
        assertTrue(first.out().contains("western lowlands") && first.out().contains("eastern highlands"), first.out());
        assertTrue(Files.exists(out.resolve("basins.geojson")));

        List<Path> tiles;
        try (Stream<Path> s = Files.walk(cache)) {
            tiles = s.filter(p -> p.toString().endsWith(".tif")).toList();
        }
        assertEquals(15, tiles.size());
        List<FileTime> before = tiles.stream().map(DemoTest::modified).toList();
        CliRun second = CliRun.of("demo", "--res", "400", "--cache", cache.toString(), "-o", out.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("0 tiles written, 15 reused"), second.out());
        assertEquals(before, tiles.stream().map(DemoTest::modified).toList(), "tiles were rewritten");
    }

    @Test
    void remaV2RunsTheNotebookThroughTheSamplesStacCatalog() throws Exception {
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out-v2");
        CliRun r = CliRun.of("demo", "--product", "rema-v2", "--rows", "40:39", "--cols", "20:21", "--seed", "7",
                "--cache", cache.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("3 tiles written, 0 reused"), r.out());
        assertTrue(r.out().contains("3 tiles placed by their STAC items, 7 catalog requests, no tile read"),
                "the collection, 3 cell catalogs and 3 items: " + r.out());
        assertTrue(r.out().contains("Data variables:") && r.out().contains("count"), r.out());
        assertTrue(r.out().contains("where(ds['count'] >= 2)"), r.out());
        for (String step : List.of("sample:", "open:", "coarsen:", "map.png:", "profile:", "profile.png:")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(step)), "no timing for " + step);
        }
        assertTrue(r.out().contains("--preset rema-v2-32m --rows 40:39 --cols 20:21 --valid-if 'count>=2'"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("profile.csv"));
        assertEquals(1 + 6250, csv.size(), "one row per pixel of the two 100 km cells at 32 m");
        assertTrue(csv.get(1).startsWith("-1099984,900016,"), "the profile at y = 900000 (the cells' middle): "
                + csv.get(1));
        long valid = csv.stream().skip(1).filter(l -> !l.endsWith(",")).count();
        assertTrue(valid > 1000 && valid < 6250, valid + " values where count >= 2 and elevation > 0");
        assertTrue(ImageIO.read(out.resolve("map.png").toFile()).getWidth() >= 600, "map.png is a figure");
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
