package nunatak.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicSpec;
import nunatak.testing.Fixtures;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random views of the rema-mini mosaic agree with an eager computation on a full read: slices with steps,
 * nearest selections, coarsen with every reducer and boundary, any chunk size. Subclasses choose the engine.
 */
public abstract class ArrayPropertiesContract {
    private static final int N = 1000;
    private static double[][] full;

    protected abstract Engine engine();

    protected int cases() {
        return 40;
    }

    @BeforeAll
    static void readEverythingEagerly() {
        full = new double[N][N];
        for (double[] row : full) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        int[] rows = {40, 39, 38, 37};
        for (int tr = 0; tr < 4; tr++) {
            for (int tc = 0; tc < 4; tc++) {
                int i = rows[tr];
                int j = 20 + tc;
                java.nio.file.Path p = Fixtures.remaMini().resolve(String.format("%d_%d/%d_%d_400m_dem_COG_LZW.tif", i, j, i, j));
                if (!java.nio.file.Files.exists(p)) {
                    continue;
                }
                var r = GeoTiff.open(p.toString()).read(Window.of(250, 250));
                for (int y = 0; y < 250; y++) {
                    for (int x = 0; x < 250; x++) {
                        full[tr * 250 + y][tc * 250 + x] = r.value(y, x);
                    }
                }
            }
        }
    }

    private DataArray open(int chunks) {
        String template = Fixtures.remaMini() + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
        return DataArray.open(MosaicSpec.of(template).withRows(List.of(40, 39, 38, 37))
                .withCols(List.of(20, 21, 22, 23)).withChunks(chunks));
    }

    @Test
    void randomViewsAgreeWithAnEagerFullRead() {
        Random rnd = new Random(20261123);
        for (int c = 0; c < cases(); c++) {
            int chunks = 37 + rnd.nextInt(700);
            boolean mask = rnd.nextBoolean();
            int[] ys = slice(rnd);
            int[] xs = slice(rnd);
            int fy = 1 + rnd.nextInt(40);
            int fx = 1 + rnd.nextInt(40);
            Boundary b = rnd.nextBoolean() ? Boundary.TRIM : Boundary.PAD;
            Reducer red = Reducer.values()[rnd.nextInt(Reducer.values().length)];
            String label = "case " + c + ": chunks " + chunks + ", mask " + mask + ", y " + java.util.Arrays.toString(ys)
                    + ", x " + java.util.Arrays.toString(xs) + ", coarsen " + fy + "x" + fx + " " + b + " " + red;

            DataArray view = open(chunks);
            view = mask ? view.where(Condition.gt(0)) : view;
            view = view.isel("y", new Slice(ys[0], ys[1], ys[2])).isel("x", new Slice(xs[0], xs[1], xs[2]));
            double[][] eager = sliceEager(maskEager(mask), ys, xs);
            if (eager.length == 0 || eager[0].length == 0) {
                continue;
            }
            assertSame(eager, view.compute(engine()).values(), label + " (slice)", 0);

            DataArray coarse = view.coarsen(Map.of("y", fy, "x", fx), b).reduce(red);
            double[][] expected = coarsenEager(eager, fy, fx, b, red);
            int expectedCols = b == Boundary.PAD ? (eager[0].length + fx - 1) / fx : eager[0].length / fx;
            assertArrayEquals(new int[] {expected.length, expectedCols}, coarse.shape(), label);
            boolean exact = red == Reducer.MIN || red == Reducer.MAX || red == Reducer.COUNT;
            assertSame(expected, coarse.compute(engine()).values(), label, exact ? 0 : 1e-6);
        }
    }

    @Test
    void nearestSelectionsAgreeWithTheirRow() {
        Random rnd = new Random(7);
        DataArray dem = open(0).where(Condition.gt(0));
        double[] y = dem.coord("y");
        for (int c = 0; c < 8; c++) {
            double at = 600000 + rnd.nextDouble() * 400000;
            DataArray p = dem.sel("y", at, DataArray.Method.NEAREST).compute(engine());
            int row = nearestRow(y, at);
            assertEquals(y[row], p.coord("y")[0], "y selected for " + at);
            double[][] m = maskEager(true);
            for (int x = 0; x < N; x++) {
                assertEquals(m[row][x], p.get(x), "profile at y=" + at + ", x index " + x);
            }
        }
    }

    private static int nearestRow(double[] y, double at) {
        int best = 0;
        for (int i = 1; i < y.length; i++) {
            double d = Math.abs(y[i] - at);
            double db = Math.abs(y[best] - at);
            if (d < db || (d == db && y[i] > y[best])) {
                best = i;
            }
        }
        return best;
    }

    private static int[] slice(Random rnd) {
        int a = rnd.nextInt(N - 1);
        int b = a + 1 + rnd.nextInt(N - a);
        return new int[] {a, b, 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(9) : 0)};
    }

    private static double[][] maskEager(boolean mask) {
        double[][] out = new double[N][];
        for (int r = 0; r < N; r++) {
            out[r] = full[r].clone();
            if (mask) {
                for (int c = 0; c < N; c++) {
                    if (!(out[r][c] > 0)) {
                        out[r][c] = Double.NaN;
                    }
                }
            }
        }
        return out;
    }

    private static double[][] sliceEager(double[][] a, int[] ys, int[] xs) {
        int nr = (ys[1] - ys[0] + ys[2] - 1) / ys[2];
        int nc = (xs[1] - xs[0] + xs[2] - 1) / xs[2];
        double[][] out = new double[nr][nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                out[r][c] = a[ys[0] + r * ys[2]][xs[0] + c * xs[2]];
            }
        }
        return out;
    }

    /** Straightforward two-pass NaN-skipping reductions over each window. */
    private static double[][] coarsenEager(double[][] a, int fy, int fx, Boundary b, Reducer red) {
        int nr = b == Boundary.PAD ? (a.length + fy - 1) / fy : a.length / fy;
        int nc = b == Boundary.PAD ? (a[0].length + fx - 1) / fx : a[0].length / fx;
        double[][] out = new double[nr][nc];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                double sum = 0;
                int n = 0;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int y = r * fy; y < Math.min(a.length, r * fy + fy); y++) {
                    for (int x = c * fx; x < Math.min(a[0].length, c * fx + fx); x++) {
                        double v = a[y][x];
                        if (!Double.isNaN(v)) {
                            sum += v;
                            n++;
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                }
                double mean = sum / n;
                double ss = 0;
                for (int y = r * fy; y < Math.min(a.length, r * fy + fy); y++) {
                    for (int x = c * fx; x < Math.min(a[0].length, c * fx + fx); x++) {
                        if (!Double.isNaN(a[y][x])) {
                            ss += (a[y][x] - mean) * (a[y][x] - mean);
                        }
                    }
                }
                out[r][c] = switch (red) {
                    case MEAN -> n == 0 ? Double.NaN : mean;
                    case SUM -> sum;
                    case MIN -> n == 0 ? Double.NaN : min;
                    case MAX -> n == 0 ? Double.NaN : max;
                    case STD -> n == 0 ? Double.NaN : Math.sqrt(ss / n);
                    case COUNT -> n;
                };
            }
        }
        return out;
    }

    private static void assertSame(double[][] expected, Grid actual, String label, double relTol) {
        assertEquals(expected.length, actual.rows(), label + " rows");
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].length, actual.cols(), label + " cols");
            for (int c = 0; c < expected[r].length; c++) {
                double e = expected[r][c];
                double v = actual.get(r, c);
                if (Double.isNaN(e)) {
                    assertTrue(Double.isNaN(v), label + " [" + r + "," + c + "] expected NaN, got " + v);
                } else if (relTol == 0) {
                    assertEquals(e, v, label + " [" + r + "," + c + "]");
                } else {
                    assertEquals(e, v, Math.max(Math.abs(e) * relTol, 1e-3), label + " [" + r + "," + c + "]");
                }
            }
        }
    }
}
