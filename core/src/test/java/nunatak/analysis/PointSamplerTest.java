package nunatak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;
import nunatak.geom.PixelGrid;
import nunatak.testing.ReferenceTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PointSampler} against scipy's {@code RegularGridInterpolator(method='linear')} over the pixel centres
 * (bilinear, NaN outside the centres) and rasterio's {@code rowcol} (nearest), on a grid with NaN pixels: random
 * points, points exactly on centres and edges, and points outside.
 */
class PointSamplerTest {
    private static final int W = 57;
    private static final int H = 43;
    private static final PixelGrid GRID = new PixelGrid(-812_345.5, 1_234_567.25, 10, -8);
    private static final String SCIPY = String.join("\n",
            "import sys, numpy as np",
            "from scipy.interpolate import RegularGridInterpolator",
            "from rasterio.transform import Affine, rowcol",
            "w, h = int(sys.argv[3]), int(sys.argv[4])",
            "v = np.fromfile(sys.argv[1], '<f8').reshape(h, w)",
            "p = np.fromfile(sys.argv[2], '<f8').reshape(-1, 2)",
            "ox, oy, rx, ry = -812345.5, 1234567.25, 10.0, -8.0",
            "rows = oy + (np.arange(h) + 0.5) * ry; cols = ox + (np.arange(w) + 0.5) * rx",
            "f = RegularGridInterpolator((rows[::-1], cols), v[::-1], method='linear', bounds_error=False,",
            "                            fill_value=np.nan)",
            "bil = f(np.stack([p[:, 1], p[:, 0]], 1))",
            "# scipy anchors exact grid points on the interval above them and lets its NaN (weight 0) through; for",
            "# points on centre lines the test takes values from a NaN-free copy and checks NaN itself",
            "f.values = np.nan_to_num(v[::-1], nan=-1e9); filled = f(np.stack([p[:, 1], p[:, 0]], 1))",
            "r, c = rowcol(Affine(rx, 0, ox, 0, ry, oy), p[:, 0], p[:, 1])",
            "r = np.asarray(r); c = np.asarray(c); ok = (r >= 0) & (r < h) & (c >= 0) & (c < w)",
            "near = np.full(len(p), np.nan); near[ok] = v[r[ok], c[ok]]",
            "np.stack([bil, near, filled], 1).astype('<f8').tofile(sys.argv[5])");

    @TempDir
    Path dir;

    @Test
    void matchesScipyAndRasterio() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] v = new double[W * H];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextDouble() < 0.03 ? Double.NaN : 1000 + 500 * rnd.nextDouble();
        }
        int n = 5000;
        double[] pts = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double col;
            double row;
            switch (i % 5) {
                case 0 -> { // exactly on a centre
                    col = rnd.nextInt(W) + 0.5;
                    row = rnd.nextInt(H) + 0.5;
                }
                case 1 -> { // exactly on a pixel edge
                    col = rnd.nextInt(W + 1);
                    row = rnd.nextInt(H + 1);
                }
                case 2 -> { // around and outside the grid
                    col = -3 + (W + 6) * rnd.nextDouble();
                    row = -3 + (H + 6) * rnd.nextDouble();
                }
                default -> {
                    col = W * rnd.nextDouble();
                    row = H * rnd.nextDouble();
                }
            }
            pts[2 * i] = GRID.originX() + col * GRID.resX();
            pts[2 * i + 1] = GRID.originY() + row * GRID.resY();
        }
        Path values = dir.resolve("v.f64");
        Path points = dir.resolve("p.f64");
        Path out = dir.resolve("out.f64");
        ReferenceTools.writeDoubles(values, v);
        ReferenceTools.writeDoubles(points, pts);
        ReferenceTools.python(SCIPY, values.toString(), points.toString(), "" + W, "" + H, out.toString());
        double[] ref = ReferenceTools.readDoubles(out);
        PointSampler bilinear = new PointSampler(GRID, W, H, SamplingMethod.BILINEAR);
        PointSampler nearest = new PointSampler(GRID, W, H, SamplingMethod.NEAREST);
        PixelSource source = (row, col) -> v[(int) (row * W + col)];
        int valid = 0;
        for (int i = 0; i < n; i++) {
            double x = pts[2 * i];
            double y = pts[2 * i + 1];
            String at = "point " + i + " (" + x + ", " + y + ")";
            double b = bilinear.sample(x, y, source);
            assertSame(ref[3 * i + 1], nearest.sample(x, y, source), 0, "nearest at " + at);
            valid += Double.isNaN(b) ? 0 : 1;
            PixelFootprint f = bilinear.footprint(x, y);
            if (f == null || (f.rows() == 2 && f.cols() == 2)) {
                assertSame(ref[3 * i], b, 1e-9, "bilinear at " + at);
            } else {
                boolean anyNaN = false;
                for (long r = f.row(); r < f.row() + f.rows(); r++) {
                    for (long c = f.col(); c < f.col() + f.cols(); c++) {
                        anyNaN |= Double.isNaN(source.value(r, c));
                    }
                }
                assertSame(anyNaN ? Double.NaN : ref[3 * i + 2], b, 1e-9, "bilinear on a centre line at " + at);
            }
            if (f != null) {
                assertTrue(f.rows() >= 1 && f.cols() >= 1 && f.row() >= 0 && f.row() + f.rows() <= H && f.col() >= 0
                        && f.col() + f.cols() <= W, at + ": footprint " + f);
            }
        }
        assertTrue(valid > n / 2, "too few valid samples: " + valid);
        assertNull(nearest.footprint(GRID.originX() - 0.001, GRID.originY() - 1));
        assertEquals(new PixelFootprint(0, 0, 1, 1), nearest.footprint(GRID.originX(), GRID.originY()));
    }

    private static void assertSame(double expected, double actual, double relTol, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, got " + actual);
        } else {
            assertEquals(expected, actual, Math.abs(expected) * relTol, what);
        }
    }
}
