package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nunatak.InvalidArgumentException;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What nunatak writes, nunatak reads back bit for bit, at every level, for every encoding it offers. */
class CogWriterRoundTripTest {
    private static final GeoReference POLAR = new GeoReference(new double[] {-1_029_600, 64, 0, 846_400, 0, -64},
            3031, GeoReference.RasterType.AREA, "WGS 84 / Antarctic Polar Stereographic");

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        List<Arguments> all = new ArrayList<>();
        for (DataType t : DataType.values()) {
            for (Compression c : java.util.Arrays.stream(Compression.values()).filter(Compression::writable).toList()) {
                boolean predictors = c != Compression.NONE && c != Compression.PACKBITS;
                for (int p = 1; p <= (predictors ? (t.isFloating() ? 3 : 2) : 1); p++) {
                    int k = t.ordinal() + c.ordinal() + p;
                    all.add(Arguments.of(t, c, p, k % 4 == 0, Resampling.values()[k % 2]));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} predictor {2} bigtiff {3} {4}")
    @MethodSource("encodings")
    void everyEncodingRoundTripsWithOverviews(DataType type, Compression c, int predictor, boolean bigTiff,
                                              Resampling r) {
        int w = 301;
        int h = 219;
        Double nodata = type.isFloating() ? -9999.0 : type == DataType.UINT8 ? 0.0 : 7.0;
        double[] values = TestImages.values(type, w, h, nodata, 42);
        CogWriteOptions o = CogWriteOptions.DEFAULT.withBlockSize(64).withCompression(c).withPredictor(predictor)
                .withResampling(r)
                .withBigTiff(bigTiff ? CogWriteOptions.BigTiff.YES : CogWriteOptions.BigTiff.IF_NEEDED);
        RasterSpec spec = RasterSpec.of(w, h, type).withGeo(POLAR).withNodata(nodata);
        Path file = dir.resolve(type + "-" + c + "-" + predictor + "-" + r + ".tif");
        CogWriter.write(file, values, spec, o);

        GeoTiff tif = GeoTiff.open(file.toString());
        assertEquals(bigTiff, tif.isBigTiff());
        assertEquals(type, tif.dataType());
        assertEquals(c, tif.level(0).compression());
        assertEquals(predictor, tif.level(0).predictor());
        assertEquals(nodata, tif.nodata().orElseThrow());
        assertEquals(POLAR, tif.geo());
        List<double[]> expected = TestImages.pyramid(TestImages.quantize(values, type), w, h, 64, r, spec);
        assertEquals(expected.size() - 1, tif.overviewCount(), "overview count");
        for (int level = 0; level < expected.size(); level++) {
            ImageLevel l = tif.level(level);
            double[] got = TestImages.read(tif, level);
            assertBitsEqual(expected.get(level), got, file + " level " + level + " (" + l.width() + "x" + l.height()
                    + ")");
        }
    }

    @Test
    void streamedRowsInOddChunksGiveTheSameFile() throws IOException {
        int w = 517;
        int h = 389;
        double[] d = TestImages.values(DataType.FLOAT32, w, h, -9999.0, 5);
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        RasterSpec spec = RasterSpec.of(w, h, DataType.FLOAT32).withGeo(POLAR).withNodata(-9999);
        CogWriteOptions o = CogWriteOptions.DEFAULT.withBlockSize(128).withPredictor(3);
        Path whole = dir.resolve("whole.tif");
        CogWriter.write(whole, f, spec, o);
        Path streamed = dir.resolve("streamed.tif");
        try (CogWriter writer = CogWriter.create(streamed, spec, o.withThreads(3))) {
            int row = 0;
            int chunk = 1;
            while (row < h) {
                int n = Math.min(chunk, h - row);
                writer.writeRows(f, row * w, n);
                row += n;
                chunk = chunk * 3 % 151 + 1;
            }
        }
        Path sourced = dir.resolve("sourced.tif");
        CogWriter.write(sourced, spec, o, (first, count, rows) -> System.arraycopy(f, first * w,
                ((Samples.F32) rows).values(), 0, count * w));
        byte[] expected = Files.readAllBytes(whole);
        assertArrayEquals(expected, Files.readAllBytes(streamed));
        assertArrayEquals(expected, Files.readAllBytes(sourced));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("sourced.tif", "streamed.tif", "whole.tif"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "temporary files left behind");
        }
    }

    @Test
    void layoutIsGdalsCogLayout() throws IOException {
        int w = 700;
        int h = 600;
        Path file = dir.resolve("layout.tif");
        CogWriter.write(file, TestImages.values(DataType.FLOAT32, w, h, -9999.0, 1),
                RasterSpec.of(w, h, DataType.FLOAT32).withGeo(POLAR).withNodata(-9999),
                CogWriteOptions.DEFAULT.withBlockSize(256));
        byte[] ours = Files.readAllBytes(file);
        byte[] gdal = Files.readAllBytes(Fixtures.cog("lzw.tif"));
        assertArrayEquals(Arrays.copyOfRange(gdal, 0, 192), Arrays.copyOfRange(ours, 0, 192),
                "header and ghost header differ from GDAL's");
        GeoTiff tif = GeoTiff.open(file.toString());
        assertEquals("IFDS_BEFORE_DATA", tif.structuralMetadata().get("LAYOUT"));
        assertEquals(List.of(350, 175), tif.levels().stream().skip(1).map(ImageLevel::width).toList());
        long previousFirst = Long.MAX_VALUE;
        for (int level = 0; level < tif.levels().size(); level++) {
            long[] off = tif.level(level).offsets();
            for (int k = 1; k < off.length; k++) {
                assertTrue(off[k] > off[k - 1], "blocks are not in row-major order");
            }
            assertTrue(off[0] < previousFirst, "level " + level + " data is not before the larger level's");
            previousFirst = off[0];
        }
        assertTrue(previousFirst < 16_384, "the smallest overview should start right after the IFDs");
    }

    @Test
    void georeferencingVariantsRoundTrip() {
        double[] v = TestImages.values(DataType.FLOAT64, 40, 30, null, 9);
        GeoReference rotated = new GeoReference(new double[] {1000, 10, 2, 5000, 3, -10}, 32633,
                GeoReference.RasterType.AREA, null);
        GeoReference point = new GeoReference(new double[] {-180, 0.5, 0, 90, 0, -0.5}, 4326,
                GeoReference.RasterType.POINT, "WGS 84");
        GeoReference southUp = new GeoReference(new double[] {0, 1, 0, 0, 0, 1}, null,
                GeoReference.RasterType.AREA, null);
        for (GeoReference g : new GeoReference[] {rotated, point, southUp, null}) {
            Path file = dir.resolve("geo-" + (g == null ? "none" : g.epsg()) + ".tif");
            List<MetadataItem> md = List.of(new MetadataItem("UNITS", "metres & more <xml>", -1, null, null),
                    new MetadataItem("STATISTICS_MEAN", "1.5", 0, null, null));
            CogWriter.write(file, v, RasterSpec.of(40, 30, DataType.FLOAT64).withGeo(g).withMetadata(md),
                    CogWriteOptions.DEFAULT);
            GeoTiff tif = GeoTiff.open(file.toString());
            assertEquals(g, tif.geo());
            if (g != null) {
                assertEquals(g.citation(), tif.geo().citation());
            }
            assertFalse(tif.nodata().isPresent());
            assertEquals(md, tif.metadata());
            assertBitsEqual(v, TestImages.read(tif, 0), file.toString());
        }
    }

    @Test
    void integerTypesRoundHalfUpClampAndStoreNanAsNodata() {
        double[] v = {-3.5, 2.5, 2.49, 300, Double.NaN, -0.5};
        Path file = dir.resolve("int.tif");
        CogWriter.write(file, v, RasterSpec.of(6, 1, DataType.UINT8).withNodata(255), CogWriteOptions.DEFAULT);
        assertArrayEquals(new double[] {0, 3, 2, 255, 255, 0}, TestImages.read(GeoTiff.open(file.toString()), 0));
        assertThrows(InvalidArgumentException.class, () -> CogWriter.write(dir.resolve("bad.tif"), v,
                RasterSpec.of(6, 1, DataType.UINT8).withNodata(-9999), CogWriteOptions.DEFAULT));
    }

    @Test
    void nanNodataAndSingleBlockImages() {
        double[] v = TestImages.values(DataType.FLOAT32, 16, 4, null, 3);
        v[3] = Double.NaN;
        Path file = dir.resolve("tiny.tif");
        CogWriter.write(file, v, RasterSpec.of(16, 4, DataType.FLOAT32).withNodata(Double.NaN), CogWriteOptions.DEFAULT);
        GeoTiff tif = GeoTiff.open(file.toString());
        assertEquals(0, tif.overviewCount());
        assertTrue(Double.isNaN(tif.nodata().orElseThrow()));
        assertBitsEqual(TestImages.quantize(v, DataType.FLOAT32), TestImages.read(tif, 0), "tiny");
        assertNull(tif.geo());
    }

    @Test
    void incompleteWriteLeavesNothing() throws IOException {
        Path file = dir.resolve("partial.tif");
        RasterSpec spec = RasterSpec.of(100, 100, DataType.FLOAT32);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> {
            try (CogWriter w = CogWriter.create(file, spec, CogWriteOptions.DEFAULT.withBlockSize(32))) {
                w.writeRows(new float[100 * 40], 0, 40);
            }
        });
        assertTrue(e.getMessage().contains("only 40 of 100 rows"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "files left behind");
        }
        assertThrows(InvalidArgumentException.class,
                () -> CogWriter.write(file, new float[10], spec, CogWriteOptions.DEFAULT));
    }

    @Test
    void temporaryFilesCanGoElsewhere() throws IOException {
        Path scratch = Files.createDirectory(dir.resolve("scratch"));
        Path file = dir.resolve("out/sub/elsewhere.tif");
        double[] v = TestImages.values(DataType.INT16, 300, 200, -1.0, 8);
        CogWriter.write(file, v, RasterSpec.of(300, 200, DataType.INT16).withNodata(-1),
                CogWriteOptions.DEFAULT.withBlockSize(64).withTempDir(scratch).withCompression(Compression.ZSTD));
        assertBitsEqual(v, TestImages.read(GeoTiff.open(file.toString()), 0), "elsewhere");
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(0, left.count(), "temporary files left in the scratch directory");
        }
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of("elsewhere.tif"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void optionsRejectWhatLibtiffWouldNotWrite() {
        assertThrows(InvalidArgumentException.class, () -> CogWriteOptions.DEFAULT.withBlockSize(100));
        assertThrows(InvalidArgumentException.class,
                () -> CogWriteOptions.DEFAULT.withCompression(Compression.NONE).withPredictor(2));
        assertThrows(InvalidArgumentException.class, () -> CogWriteOptions.DEFAULT.withLevel(10));
        assertEquals(1, CogWriteOptions.DEFAULT.withPredictor(3).withCompression(Compression.PACKBITS).predictor());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> CogWriter.write(
                dir.resolve("p3.tif"), new double[4], RasterSpec.of(2, 2, DataType.INT16),
                CogWriteOptions.DEFAULT.withPredictor(3)));
        assertTrue(e.getMessage().contains("predictor 3"), e.getMessage());
    }

    static void assertBitsEqual(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": size");
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
                throw new AssertionError(what + ": value " + i + " is " + actual[i] + ", expected " + expected[i]);
            }
        }
    }
}
