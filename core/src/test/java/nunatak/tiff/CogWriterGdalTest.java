package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nunatak.testing.Gdal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GDAL, the reference implementation, reads what nunatak writes: gdalinfo sees the size, CRS, geotransform,
 * nodata, compression, blocks and overviews; GDAL's COG validator finds no error or warning; GDAL reads the
 * same pixels at every level; and gdaladdo computes the same overviews. Needs gdal-bin and python3-gdal.
 */
class CogWriterGdalTest {
    private static final String PYTHON = Gdal.PYTHON;
    private static final GeoReference POLAR = new GeoReference(new double[] {-1_100_000, 400, 0, 1_000_000, 0, -400},
            3031, GeoReference.RasterType.AREA, null);

    @TempDir
    static Path dir;

    @BeforeAll
    static void gdalIsInstalled() {
        Gdal.requireInstalled();
    }

    static Stream<Arguments> files() {
        CogWriteOptions d = CogWriteOptions.DEFAULT;
        return Stream.of(
                Arguments.of("rema-like", DataType.FLOAT32, -9999.0, 1101, 899, d.withBlockSize(256), POLAR),
                Arguments.of("zstd-pred3-bigtiff", DataType.FLOAT64, -9999.0, 700, 513,
                        d.withBlockSize(128).withCompression(Compression.ZSTD).withPredictor(3)
                                .withBigTiff(CogWriteOptions.BigTiff.YES).withResampling(Resampling.AVERAGE),
                        new GeoReference(new double[] {-180, 0.25, 0, 90, 0, -0.25}, 4326,
                                GeoReference.RasterType.POINT, null)),
                Arguments.of("deflate-pred2-int16", DataType.INT16, -32768.0, 517, 300,
                        d.withBlockSize(256).withCompression(Compression.DEFLATE).withPredictor(2).withLevel(9), POLAR),
                Arguments.of("lzw-pred2-float32", DataType.FLOAT32, -9999.0, 600, 600,
                        d.withBlockSize(512).withPredictor(2).withThreads(2), POLAR),
                Arguments.of("packbits-uint8", DataType.UINT8, 0.0, 333, 222,
                        d.withBlockSize(64).withCompression(Compression.PACKBITS), POLAR),
                Arguments.of("none-uint32", DataType.UINT32, null, 257, 129,
                        d.withBlockSize(128).withCompression(Compression.NONE), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void gdalReadsWhatWeWrite(String name, DataType type, Double nodata, int w, int h, CogWriteOptions o,
                              GeoReference geo) throws IOException {
        double[] values = TestImages.values(type, w, h, nodata, name.hashCode());
        RasterSpec spec = RasterSpec.of(w, h, type).withGeo(geo).withMetadataItem("SOURCE", "nunatak test");
        spec = nodata == null ? spec : spec.withNodata(nodata);
        Path file = dir.resolve(name + ".tif");
        CogWriter.write(file, values, spec, o);
        List<double[]> expected = TestImages.pyramid(TestImages.quantize(values, type), w, h, o.blockSize(),
                o.resampling(), spec);

        JsonNode info = new ObjectMapper().readTree(run(List.of("gdalinfo", "-json", file.toString())).out());
        assertEquals(w, info.get("size").get(0).asInt());
        assertEquals(h, info.get("size").get(1).asInt());
        if (geo != null) {
            String wkt = info.get("coordinateSystem").get("wkt").asText();
            assertTrue(wkt.endsWith("ID[\"EPSG\"," + geo.epsg() + "]]"), wkt);
            double[] gt = geo.geoTransform();
            for (int i = 0; i < 6; i++) {
                assertEquals(gt[i], info.get("geoTransform").get(i).asDouble(), 1e-9, "geotransform " + i);
            }
            assertEquals(geo.rasterType().gdalName(), info.get("metadata").get("").get("AREA_OR_POINT").asText());
        }
        assertEquals("nunatak test", info.get("metadata").get("").get("SOURCE").asText());
        JsonNode structure = info.get("metadata").get("IMAGE_STRUCTURE");
        assertEquals(o.compression() == Compression.NONE ? null : o.compression().label(),
                structure.has("COMPRESSION") ? structure.get("COMPRESSION").asText() : null);
        assertEquals("COG", structure.get("LAYOUT").asText(), "GDAL does not recognise the COG layout");
        JsonNode band = info.get("bands").get(0);
        assertEquals(type.label(), band.get("type").asText().toLowerCase(java.util.Locale.ROOT)
                .replace("byte", "uint8"));
        assertEquals(List.of(o.blockSize(), o.blockSize()), List.of(band.get("block").get(0).asInt(),
                band.get("block").get(1).asInt()));
        if (nodata == null) {
            assertFalse(band.has("noDataValue"));
        } else {
            assertEquals(nodata, band.get("noDataValue").asDouble());
        }
        assertEquals(expected.size() - 1, band.get("overviews").size(), "overview count");

        Gdal.Result v = run(List.of(PYTHON, "-m", "osgeo_utils.samples.validate_cloud_optimized_geotiff",
                "--full-check=yes", file.toString()));
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("is a valid cloud optimized GeoTIFF"), v.out());
        assertFalse(v.out().toLowerCase(java.util.Locale.ROOT).contains("warning"), v.out());

        List<double[]> gdal = gdalLevels(file, expected.size());
        for (int level = 0; level < expected.size(); level++) {
            assertSameValues(expected.get(level), gdal.get(level), name + " level " + level + " as GDAL reads it");
        }
    }

    /** gdaladdo's overviews of our full-resolution image equal ours: odd sizes for nearest, even for average. */
    @Test
    void gdaladdoComputesTheSameOverviews() throws IOException {
        for (Resampling r : Resampling.values()) {
            int w = r == Resampling.NEAREST ? 1001 : 1024;
            int h = r == Resampling.NEAREST ? 777 : 768;
            double[] values = TestImages.values(DataType.FLOAT32, w, h, -9999.0, 77);
            for (int i = 0; i < values.length; i++) {
                values[i] = Double.isNaN(values[i]) || Double.isInfinite(values[i]) ? -9999 : values[i];
            }
            Path file = dir.resolve("gdaladdo-" + r + ".tif");
            CogWriter.write(file, values, RasterSpec.of(w, h, DataType.FLOAT32).withGeo(POLAR).withNodata(-9999),
                    CogWriteOptions.DEFAULT.withBlockSize(128).withResampling(r));
            String script = String.join("\n",
                    "import sys, numpy as np",
                    "from osgeo import gdal",
                    "ds = gdal.Open(sys.argv[1])  # keep the dataset referenced, or its bands dangle",
                    "ours = ds.GetRasterBand(1)",
                    "n = ours.GetOverviewCount()",
                    "gdal.Translate('/vsimem/copy.tif', sys.argv[1], creationOptions=['TILED=YES'])",
                    "copy = gdal.Open('/vsimem/copy.tif', gdal.GA_Update)",
                    "copy.BuildOverviews(sys.argv[2], [2 ** (k + 1) for k in range(n)])",
                    "b = copy.GetRasterBand(1)",
                    "for k in range(n):",
                    "    a = ours.GetOverview(k).ReadAsArray(); g = b.GetOverview(k).ReadAsArray()",
                    "    print(k, a.shape == g.shape, int((a != g).sum()))");
            Gdal.Result res = run(List.of(PYTHON, "-c", script, file.toString(), r.gdalName()));
            List<String> lines = res.out().lines().toList();
            assertEquals(3, lines.size(), res.out() + res.err());
            for (String line : lines) {
                assertTrue(line.endsWith(" True 0"), r + ": overview differs from gdaladdo's: " + line);
            }
        }
    }

    /**
     * Our LZW is libtiff's, byte for byte, with every predictor: GDAL re-encoding what we wrote gives the same
     * compressed blocks. The image mixes flat, ramped and noisy parts, so table resets of both kinds happen.
     */
    @Test
    void lzwBlocksAreIdenticalToLibtiffs() {
        int w = 1024;
        int h = 1024;
        float[] v = new float[w * h];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                v[r * w + c] = r < 300 ? -9999f : r >= 500 && r < 520 ? c : r >= 700 && c < 300 ? 5f
                        : (float) (rnd.nextDouble() * 1000);
            }
        }
        for (int predictor = 1; predictor <= 3; predictor++) {
            Path file = dir.resolve("libtiff-" + predictor + ".tif");
            CogWriter.write(file, v, RasterSpec.of(w, h, DataType.FLOAT32),
                    CogWriteOptions.DEFAULT.withPredictor(predictor).withOverviews(false));
            String script = String.join("\n",
                    "import sys",
                    "from osgeo import gdal",
                    "gdal.Translate('/vsimem/g.tif', sys.argv[1], creationOptions=['TILED=YES', 'BLOCKXSIZE=512',",
                    "    'BLOCKYSIZE=512', 'COMPRESS=LZW', 'PREDICTOR=' + sys.argv[2]])",
                    "def blocks(name):",
                    "    ds = gdal.Open(name); b = ds.GetRasterBand(1); f = gdal.VSIFOpenL(name, 'rb'); out = []",
                    "    for y in range(2):",
                    "        for x in range(2):",
                    "            off = int(b.GetMetadataItem('BLOCK_OFFSET_%d_%d' % (x, y), 'TIFF'))",
                    "            n = int(b.GetMetadataItem('BLOCK_SIZE_%d_%d' % (x, y), 'TIFF'))",
                    "            gdal.VSIFSeekL(f, off, 0); out.append(gdal.VSIFReadL(1, n, f))",
                    "    gdal.VSIFCloseL(f)",
                    "    return out",
                    "print(sum(a == b for a, b in zip(blocks(sys.argv[1]), blocks('/vsimem/g.tif'))))");
            Gdal.Result res = run(List.of(PYTHON, "-c", script, file.toString(), Integer.toString(predictor)));
            assertEquals("4", res.out().trim(), "predictor " + predictor + ": blocks identical to libtiff's");
        }
    }

    /** Every level as GDAL reads it, as float64 little-endian, through the Python bindings. */
    private static List<double[]> gdalLevels(Path file, int count) throws IOException {
        Path out = dir.resolve(file.getFileName() + ".f64");
        String script = String.join("\n",
                "import sys, numpy as np",
                "from osgeo import gdal",
                "ds = gdal.Open(sys.argv[1])  # keep the dataset referenced, or its bands dangle",
                "b = ds.GetRasterBand(1)",
                "with open(sys.argv[2], 'wb') as f:",
                "    for k in range(-1, b.GetOverviewCount()):",
                "        x = b if k < 0 else b.GetOverview(k)",
                "        f.write(x.ReadAsArray().astype('<f8').tobytes())");
        run(List.of(PYTHON, "-c", script, file.toString(), out.toString()));
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        GeoTiff tif = GeoTiff.open(file.toString());
        List<double[]> levels = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double[] v = new double[tif.level(k).width() * tif.level(k).height()];
            buf.asDoubleBuffer().get(v);
            buf.position(buf.position() + 8 * v.length);
            levels.add(v);
        }
        assertEquals(0, buf.remaining(), "GDAL sees more levels than expected");
        return levels;
    }

    private static void assertSameValues(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            boolean same = Double.isNaN(expected[i]) ? Double.isNaN(actual[i])
                    : Double.doubleToLongBits(expected[i]) == Double.doubleToLongBits(actual[i]);
            if (!same) {
                fail(what + ": value " + i + " is " + actual[i] + ", expected " + expected[i]);
            }
        }
    }

    private static Gdal.Result run(List<String> command) {
        return Gdal.run(dir, command);
    }
}
