package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every GDAL-written fixture against what rasterio reports for it: header facts and pixels, bit for bit. */
class CogFixturesTest {
    private static final JsonNode REF = Fixtures.cogReference();

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesRasterio() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) REF::fields) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
        }
        return tests.stream();
    }

    private static void check(String name, JsonNode ref) {
        GeoTiff tif = GeoTiff.open(Fixtures.cog(name).toString());
        assertEquals(ref.get("width").asInt(), tif.width(), "width");
        assertEquals(ref.get("height").asInt(), tif.height(), "height");
        assertEquals(ref.get("dtype").asText(), tif.dataType().label(), "dtype");
        assertEquals(ref.get("nodata").asDouble(), tif.nodata().orElseThrow(), "nodata");
        assertEquals("EPSG:" + tif.geo().epsg(), ref.get("crs").asText(), "crs");
        double[] affine = new double[6];
        for (int i = 0; i < 6; i++) {
            affine[i] = ref.get("transform").get(i).asDouble();
        }
        assertArrayEquals(affine, tif.geo().affine(), "transform");
        ImageLevel full = tif.level(0);
        assertEquals(ref.get("block_shape").get(0).asInt(), full.blockHeight(), "block height");
        assertEquals(ref.get("block_shape").get(1).asInt(), full.blockWidth(), "block width");
        assertEquals(ref.get("tiled").asBoolean(), full.tiled(), "tiled");
        assertEquals(compressionOf(ref.get("compression").asText()), full.compression(), "compression");
        JsonNode factors = ref.get("overview_factors");
        assertEquals(factors.size(), tif.overviewCount(), "overview count");
        for (int i = 0; i < factors.size(); i++) {
            ImageLevel ov = tif.level(i + 1);
            assertEquals(ref.get("overviews").get(i).get("width").asInt(), ov.width(), "overview width");
            assertEquals(ref.get("overviews").get(i).get("height").asInt(), ov.height(), "overview height");
        }

        for (JsonNode w : ref.get("windows")) {
            Window win = new Window(w.get("col").asInt(), w.get("row").asInt(), w.get("width").asInt(),
                    w.get("height").asInt());
            Raster r = tif.read(win);
            for (int row = 0; row < win.height(); row++) {
                for (int col = 0; col < win.width(); col++) {
                    double expected = w.get("values").get(row).get(col).asDouble();
                    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(r.value(row, col)),
                            () -> name + " window " + win + " differs");
                }
            }
        }

        double nodata = ref.get("nodata").asDouble();
        Stats full0 = Stats.of(tif.read(Window.of(tif.width(), tif.height())), nodata);
        assertEquals(ref.get("valid_count").asLong(), full0.count, "valid count");
        assertEquals(ref.get("valid_sum").asDouble(), full0.sum, Math.abs(ref.get("valid_sum").asDouble()) * 1e-12,
                "valid sum");
        for (int i = 0; i < factors.size(); i++) {
            ImageLevel ov = tif.level(i + 1);
            Stats s = Stats.of(tif.read(i + 1, Window.of(ov.width(), ov.height())), nodata);
            JsonNode o = ref.get("overviews").get(i);
            assertEquals(o.get("valid_count").asLong(), s.count, "overview " + (i + 1) + " valid count");
            assertEquals(o.get("valid_sum").asDouble(), s.sum, Math.abs(o.get("valid_sum").asDouble()) * 1e-12,
                    "overview " + (i + 1) + " valid sum");
        }
    }

    private static Compression compressionOf(String rasterio) {
        return switch (rasterio) {
            case "None" -> Compression.NONE;
            case "Compression.lzw" -> Compression.LZW;
            case "Compression.deflate" -> Compression.DEFLATE;
            case "Compression.packbits" -> Compression.PACKBITS;
            case "Compression.zstd" -> Compression.ZSTD;
            default -> throw new AssertionError("unexpected compression " + rasterio);
        };
    }

    /** Count and compensated (Neumaier) sum of the values that are not nodata. */
    record Stats(long count, double sum) {
        static Stats of(Raster r, double nodata) {
            long n = 0;
            double sum = 0;
            double c = 0;
            for (int i = 0; i < r.samples().size(); i++) {
                double v = r.samples().get(i);
                if (v != nodata) {
                    n++;
                    double t = sum + v;
                    c += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
                    sum = t;
                }
            }
            assertTrue(n > 0);
            return new Stats(n, sum + c);
        }
    }
}
