package nunatak.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nunatak.InvalidArgumentException;
import nunatak.mosaic.IndexRange;
import nunatak.source.SourceOptions;
import nunatak.testing.Fixtures;
import nunatak.tiff.Compression;
import nunatak.tiff.DataType;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageLevel;
import nunatak.tiff.Raster;
import nunatak.tiff.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 400 m sample over the fixture's tiles: REMA's layout, a realistic mix of terrain, and repeatable. */
class SampleMosaicTest {
    @TempDir
    static Path dir;
    static SampleResult first;

    static SampleOptions options(Path root) {
        return SampleOptions.defaults(root).withRes(400).withMissing(Set.of(TileIndex.parse("38_21"))).withThreads(2);
    }

    @BeforeAll
    static void generate() {
        first = SampleMosaic.generate(options(dir.resolve("a")), SampleProgress.NONE);
    }

    @Test
    void tilesHaveRemasNamesGridAndEncodingLikeTheFixture() throws IOException {
        assertEquals("{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif", first.template());
        assertEquals(15, first.written().size());
        assertEquals(List.of(TileIndex.parse("38_21")), first.missing());
        assertEquals(relativeTifs(Fixtures.remaMini()), relativeTifs(dir.resolve("a")));
        for (Path f : tifs(dir.resolve("a"))) {
            GeoTiff ours = open(f);
            GeoTiff gdal = GeoTiff.open(Fixtures.remaMini().resolve(dir.resolve("a").relativize(f)).toString());
            assertEquals(gdal.geo(), ours.geo(), f.toString());
            assertEquals(250, ours.width());
            assertEquals(DataType.FLOAT32, ours.dataType());
            assertEquals(-9999, ours.nodata().orElseThrow());
            assertEquals(Compression.LZW, ours.level(0).compression());
            assertEquals(gdal.level(0).blockWidth(), ours.level(0).blockWidth());
            assertEquals(gdal.overviewCount(), ours.overviewCount());
            assertEquals("NEAREST", ours.metadata().stream().filter(m -> m.name().equals("OVR_RESAMPLING_ALG"))
                    .findFirst().orElseThrow().value());
        }
    }

    @Test
    void terrainLooksLikeAnIceSheetCoast() throws IOException {
        long invalid = 0;
        long all = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Path f : tifs(dir.resolve("a"))) {
            float[] v = pixels(f);
            for (float x : v) {
                all++;
                if (x == -9999f || x <= 0) {
                    invalid++;
                }
                if (x != -9999f) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
        }
        double share = (double) invalid / all;
        assertTrue(share >= 0.10 && share <= 0.40, "share of ocean or void pixels: " + share);
        assertTrue(max - min > 2000, "elevation range " + min + " .. " + max);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherPixels() throws IOException {
        IndexRange rows = new IndexRange(40, 39);
        IndexRange cols = new IndexRange(21, 21);
        SampleMosaic.generate(options(dir.resolve("b")).withRows(rows).withCols(cols).withThreads(1), SampleProgress.NONE);
        SampleMosaic.generate(options(dir.resolve("c")).withRows(rows).withCols(cols).withSeed(7), SampleProgress.NONE);
        for (Path f : tifs(dir.resolve("b"))) {
            Path rel = dir.resolve("b").relativize(f);
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(rel)), Files.readAllBytes(f), rel.toString());
            float[] other = pixels(dir.resolve("c").resolve(rel));
            float[] same = pixels(f);
            int differ = 0;
            for (int i = 0; i < same.length; i++) {
                differ += Float.compare(same[i], other[i]) != 0 ? 1 : 0;
            }
            assertTrue(differ > same.length / 2, rel + ": only " + differ + " pixels differ with another seed");
        }
    }

    @Test
    void existingTilesAreReusedUnlessForced() throws IOException {
        Path root = dir.resolve("d");
        SampleOptions o = options(root).withRows(new IndexRange(37, 37)).withCols(new IndexRange(22, 23));
        SampleMosaic.generate(o, SampleProgress.NONE);
        Path tile = root.resolve("37_22/37_22_400m_dem_COG_LZW.tif");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(tile, old);
        AtomicLong rows = new AtomicLong();
        List<TileIndex> reusedSeen = new ArrayList<>();
        SampleResult again = SampleMosaic.generate(o, new SampleProgress() {
            @Override
            public void advanced(long n) {
                rows.addAndGet(n);
            }

            @Override
            public synchronized void tileDone(TileIndex t, Path file, boolean reused) {
                if (reused) {
                    reusedSeen.add(t);
                }
            }
        });
        assertEquals(2, again.reused().size());
        assertEquals(2, reusedSeen.size());
        assertEquals(500, rows.get());
        assertEquals(old, Files.getLastModifiedTime(tile));
        SampleMosaic.generate(o.withForce(true), SampleProgress.NONE);
        assertNotEquals(old, Files.getLastModifiedTime(tile));

        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> SampleMosaic.generate(o.withSeed(99), SampleProgress.NONE));
        assertTrue(e.getMessage().contains("--force") && e.getMessage().contains(tile.toString()), e.getMessage());
        try (Stream<Path> s = Files.walk(root)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".nunatak-tmp")), "temporary files left");
        }
    }

    @Test
    void templatesAndRangesAreChecked() {
        assertEquals("x/400m/{i}", SampleMosaic.resolveRes("x/{res}m/{i}", 400));
        assertEquals("x/0400/{i:02d}", SampleMosaic.resolveRes("x/{res:04d}/{i:02d}", 400));
        assertEquals(List.of(40, 39, 38, 37), IndexRange.parse("40:37").indices());
        assertEquals(128, SampleMosaic.blockSize(250));
        assertEquals(512, SampleMosaic.blockSize(12500));
        assertThrows(InvalidArgumentException.class, () -> IndexRange.parse("40-37"));
        assertThrows(InvalidArgumentException.class, () -> options(dir).withRes(7));
        assertThrows(InvalidArgumentException.class, () -> SampleMosaic.generate(
                options(dir.resolve("e")).withTemplate("{i}_{k}.tif"), SampleProgress.NONE));
    }

    private static float[] pixels(Path f) {
        GeoTiff tif = open(f);
        ImageLevel l = tif.level(0);
        Raster r = tif.read(Window.of(l.width(), l.height()));
        return ((nunatak.tiff.Samples.F32) r.samples()).values();
    }

    /** Uncached: the shared byte cache is keyed by URI only, and these tests rewrite files. */
    private static GeoTiff open(Path f) {
        return GeoTiff.open(f.toString(), SourceOptions.DEFAULT.withCacheBytes(0));
    }

    private static List<Path> tifs(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".tif")).sorted().toList();
        }
    }

    private static List<String> relativeTifs(Path root) throws IOException {
        return tifs(root).stream().map(p -> root.relativize(p).toString()).toList();
    }
}
