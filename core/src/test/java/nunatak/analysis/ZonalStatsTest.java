package nunatak.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import nunatak.geom.CentreMask;
import nunatak.geom.Crs;
import nunatak.geom.GeoFeature;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.MaskRuns;
import nunatak.geom.PixelGrid;
import nunatak.testing.ReferenceTools;
import nunatak.tiff.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zonal statistics and hypsometry computed block by block ({@link CentreMask} runs per window, a {@link ZonalStats}
 * and {@link Hypsometry} per window, merged in window order) against numpy on the pixels rasterio's
 * {@code geometry_mask(all_touched=False)} selects; and the merged partials against one pass over the whole grid.
 */
class ZonalStatsTest {
    private static final int W = 203;
    private static final int H = 151;
    private static final double BIN = 50;
    private static final PixelGrid GRID = new PixelGrid(-1_000_000, 600_000, 32, -32);
    private static final String NUMPY = String.join("\n",
            "import sys, json, numpy as np",
            "from rasterio import features",
            "from rasterio.transform import Affine",
            "w, h, b = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])",
            "v = np.fromfile(sys.argv[2], '<f8').reshape(h, w)",
            "t = Affine(32, 0, -1000000, 0, -32, 600000)",
            "out = []",
            "for f in json.load(open(sys.argv[1]))['features']:",
            "    m = features.geometry_mask([f['geometry']], (h, w), t, all_touched=False, invert=True)",
            "    x = v[m]; x = x[~np.isnan(x)]",
            "    k = np.floor(x / b); k[k * b > x] -= 1; k[(k + 1) * b <= x] += 1",
            "    lo, hi = int(k.min()), int(k.max())",
            "    hist = np.bincount((k - lo).astype(int), minlength=hi - lo + 1)",
            "    out.append(dict(count=int(x.size), sum=float(np.sum(x)), mean=float(np.mean(x)), min=float(x.min()),",
            "        max=float(x.max()), std=float(np.std(x)), lower=[float(j * b) for j in range(lo, hi + 1)],",
            "        hist=[int(c) for c in hist]))",
            "print(json.dumps(out))");

    @TempDir
    Path dir;

    @Test
    void blockwisePartialsMergeToNumpysStatistics() throws IOException {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] v = new double[W * H];
        for (int i = 0; i < v.length; i++) {
            int r = i / W;
            int c = i % W;
            // Large offset and small spread: a naive sum of squares would lose the variance.
            v[i] = rnd.nextDouble() < 0.05 ? Double.NaN : 2.0e6 + 300 * Math.sin(c / 17.0) + r + rnd.nextDouble();
        }
        Path values = dir.resolve("values.f64");
        ReferenceTools.writeDoubles(values, v);
        Path zones = dir.resolve("zones.geojson");
        double x0 = GRID.originX();
        double y0 = GRID.originY();
        Files.writeString(zones, "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("Polygon", ring(x0 + 320, y0 - 300, x0 + 5000, y0 - 4200) + "," + ring(x0 + 1000, y0 - 1000,
                        x0 + 2000, y0 - 2200))
                + "," + feature("MultiPolygon", "[" + ring(x0 + 100, y0 - 100, x0 + 1500, y0 - 900) + "],["
                        + ring(x0 + 3000, y0 - 2500, x0 + 6400, y0 - 4800) + "]")
                + "]}");
        JsonNode ref = new ObjectMapper().readTree(ReferenceTools.python(NUMPY, zones.toString(), values.toString(),
                "" + W, "" + H, "" + BIN));
        List<GeoFeature> features = GeoJsonReader.read(zones, Crs.EPSG_3031);
        for (GeoFeature f : features) {
            CentreMask mask = CentreMask.of(f.geometry(), GRID);
            ZonalStats merged = new ZonalStats();
            Hypsometry mergedBins = new Hypsometry(BIN);
            for (int r0 = 0; r0 < H; r0 += 48) {
                for (int c0 = 0; c0 < W; c0 += 64) {
                    Window w = new Window(c0, r0, Math.min(64, W - c0), Math.min(48, H - r0));
                    ZonalStats part = new ZonalStats();
                    Hypsometry partBins = new Hypsometry(BIN);
                    accumulate(mask.runs(w), v, part, partBins);
                    merged.merge(part);
                    mergedBins.merge(partBins);
                }
            }
            ZonalStats onePass = new ZonalStats();
            Hypsometry onePassBins = new Hypsometry(BIN);
            accumulate(mask.runs(Window.of(W, H)), v, onePass, onePassBins);

            JsonNode e = ref.get(f.index());
            String what = "zone " + f.index();
            assertEquals(e.get("count").asLong(), merged.count(), what);
            assertEquals(e.get("min").asDouble(), merged.min(), what);
            assertEquals(e.get("max").asDouble(), merged.max(), what);
            assertEquals(e.get("sum").asDouble(), merged.sum(), Math.abs(e.get("sum").asDouble()) * 1e-14, what);
            assertEquals(e.get("mean").asDouble(), merged.mean(), Math.abs(e.get("mean").asDouble()) * 1e-14, what);
            assertEquals(e.get("std").asDouble(), merged.std(), e.get("std").asDouble() * 1e-9, what);
            assertArrayEquals(new ObjectMapper().convertValue(e.get("lower"), double[].class), merged.count() > 0
                    ? mergedBins.lowerBounds() : new double[0], what);
            assertArrayEquals(new ObjectMapper().convertValue(e.get("hist"), long[].class), mergedBins.counts(), what);

            assertEquals(onePass.count(), merged.count());
            assertEquals(onePass.min(), merged.min());
            assertEquals(onePass.max(), merged.max());
            assertEquals(onePass.mean(), merged.mean(), Math.abs(onePass.mean()) * 1e-15);
            assertEquals(onePass.std(), merged.std(), onePass.std() * 1e-12);
            assertArrayEquals(onePassBins.counts(), mergedBins.counts());
            assertTrue(merged.count() > 1000, what + " is too small to tell much: " + merged.count());
        }
    }

    @Test
    void emptyAndSingleValues() {
        ZonalStats s = new ZonalStats();
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.std()) && Double.isNaN(s.min()));
        s.addAll(new double[] {Double.NaN, 7.5, Double.NaN}, 0, 3);
        s.merge(new ZonalStats());
        assertEquals(1, s.count());
        assertEquals(7.5, s.mean());
        assertEquals(0, s.std());
        Hypsometry h = new Hypsometry(0.1);
        h.addAll(new double[] {0.3, -0.05, 0.2999999999999999, Double.NaN}, 0, 4);
        // 3 * 0.1 is 0.30000000000000004 in double, so 0.3 lies in bin 2, [0.2, 0.30000000000000004).
        assertArrayEquals(new long[] {1, 0, 0, 2}, h.counts());
        assertEquals(-0.1, h.lowerBounds()[0]);
    }

    private static void accumulate(MaskRuns runs, double[] v, ZonalStats stats, Hypsometry bins) {
        Window w = runs.window();
        for (int r = 0; r < w.height(); r++) {
            int rowStart = (w.row() + r) * W;
            for (int k = runs.firstRun(r); k < runs.firstRun(r + 1); k++) {
                stats.addAll(v, rowStart + runs.start(k), rowStart + runs.end(k));
                bins.addAll(v, rowStart + runs.start(k), rowStart + runs.end(k));
            }
        }
    }

    private static String feature(String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":["
                + coordinates + "]}}";
    }

    private static String ring(double xa, double ya, double xb, double yb) {
        return "[[" + xa + "," + ya + "],[" + xb + "," + (ya - 37) + "],[" + (xb + 150) + "," + yb + "],[" + (xa - 60)
                + "," + (yb + 20) + "],[" + xa + "," + ya + "]]";
    }
}
