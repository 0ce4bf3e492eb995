package nunatak.viewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import nunatak.InvalidArgumentException;

/**
 * PROVISIONAL: statistics inside a polygon, until core's kernel for {@code nunatak zonal} lands (then that replaces
 * this class behind {@link ZonalStatistics}). A full-resolution pixel counts when its centre is inside: per pixel
 * row, the rings' crossings of the row's centre line, with GDAL's rasterizer rule (an edge holds the rows whose
 * centre lies in [lower end, upper end); a span holds the columns whose centre lies in (left crossing, right
 * crossing]). The polygon's bounding box is read in windows of whole blocks, a few at once, windows without an
 * inside pixel skipped; partial statistics merge in window order (Chan et al.), so results do not depend on timing.
 *
 * <pre>{@code
 * ZonalSummary s = new ProvisionalZonalStatistics(pool).summarize(dem, area, Progress.NONE);
 * }</pre>
 */
public final class ProvisionalZonalStatistics implements ZonalStatistics {
    /** Pixels of the bounding box beyond which the viewer refers to {@code nunatak zonal}. */
    public static final long MAX_PIXELS = 1L << 31;
    /** Blocks per window side: fewer, larger reads without holding much memory. */
    private static final int BLOCKS_PER_WINDOW = 2;

    private final ExecutorService reads;

    public ProvisionalZonalStatistics(ExecutorService reads) {
        this.reads = reads;
    }

    /** Count, mean and M2 (sum of squared deviations) of one window, mergeable. */
    private static final class Partial {
        long count;
        double mean;
        double m2;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long pixels;

        void add(double v) {
            count++;
            double delta = v - mean;
            mean += delta / count;
            m2 += delta * (v - mean);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }

        void merge(Partial o) {
            pixels += o.pixels;
            if (o.count == 0) {
                return;
            }
            long n = count + o.count;
            double delta = o.mean - mean;
            mean += delta * o.count / n;
            m2 += o.m2 + delta * delta * ((double) count * o.count / n);
            count = n;
            min = Math.min(min, o.min);
            max = Math.max(max, o.max);
        }
    }

    @Override
    public ZonalSummary summarize(RasterLayer layer, PolygonArea area, Progress progress) {
        LevelGrid g = layer.levels().get(0);
        double[] b = area.bounds();
        PixelWindow box = PixelWindow.spanning(g.rowOf(b[3]), g.colOf(b[0]), g.rowOf(b[1]), g.colOf(b[2]))
                .clip(g.all());
        if (box.pixels() > MAX_PIXELS) {
            throw new InvalidArgumentException("the polygon's bounding box holds " + box.pixels() + " pixels at full "
                    + "resolution; the viewer summarizes at most " + MAX_PIXELS + ": draw a smaller polygon, or use "
                    + "nunatak zonal");
        }
        double[][] crossings = new double[box.rows()][];
        for (int k = 0; k < box.rows(); k++) {
            crossings[k] = crossings(area, g, box.row0() + k);
        }
        int wh = g.blockHeight() * BLOCKS_PER_WINDOW;
        int ww = g.blockWidth() * BLOCKS_PER_WINDOW;
        List<PixelWindow> windows = new ArrayList<>();
        for (int r = box.row0() / wh * wh; r <= box.lastRow(); r += wh) {
            for (int c = box.col0() / ww * ww; c <= box.lastCol(); c += ww) {
                PixelWindow w = new PixelWindow(r, c, wh, ww).clip(box);
                if (!w.isEmpty() && anyInside(w, box, crossings)) {
                    windows.add(w);
                }
            }
        }
        Partial[] partials = new Partial[windows.size()];
        List<Runnable> tasks = new ArrayList<>();
        for (int k = 0; k < windows.size(); k++) {
            int index = k;
            tasks.add(() -> partials[index] = accumulate(layer, windows.get(index), box, crossings, g));
        }
        WindowReads.runAll(tasks, reads, progress);
        Partial total = new Partial();
        for (Partial p : partials) {
            total.merge(p);
        }
        double pixelKm2 = g.resX() * g.resY() / 1e6;
        if (total.count == 0) {
            return new ZonalSummary(0, total.pixels, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new ZonalSummary(total.count, total.pixels, total.count * pixelKm2, total.mean, total.min, total.max,
                Math.sqrt(total.m2 / total.count));
    }

    private static Partial accumulate(RasterLayer layer, PixelWindow w, PixelWindow box, double[][] crossings,
                                      LevelGrid g) {
        double[] v = layer.read(0, w);
        Partial p = new Partial();
        for (int r = 0; r < w.rows(); r++) {
            double[] xs = crossings[w.row0() + r - box.row0()];
            for (int k = 0; k + 1 < xs.length; k += 2) {
                int[] span = columns(xs[k], xs[k + 1], w);
                for (int c = span[0]; c <= span[1]; c++) {
                    p.pixels++;
                    double value = v[r * w.cols() + c - w.col0()];
                    if (!Double.isNaN(value)) {
                        p.add(value);
                    }
                }
            }
        }
        return p;
    }

    private static boolean anyInside(PixelWindow w, PixelWindow box, double[][] crossings) {
        for (int r = w.row0(); r <= w.lastRow(); r++) {
            double[] xs = crossings[r - box.row0()];
            for (int k = 0; k + 1 < xs.length; k += 2) {
                int[] span = columns(xs[k], xs[k + 1], w);
                if (span[0] <= span[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Columns of window {@code w} whose centre x (in pixel units) lies in (left, right]. */
    private static int[] columns(double left, double right, PixelWindow w) {
        // centre of column c is c + 0.5: c + 0.5 > left  <=>  c >= floor(left + 0.5); c + 0.5 <= right <=> c <= floor(right - 0.5)
        int first = (int) Math.max(w.col0(), Math.floor(left + 0.5));
        int last = (int) Math.min(w.lastCol(), Math.floor(right - 0.5));
        return new int[] {first, last};
    }

    /** Sorted x (in column units, 0 = the grid's left edge) where the rings cross the centre line of {@code row}. */
    private static double[] crossings(PolygonArea area, LevelGrid g, int row) {
        double yc = row + 0.5;
        double[] out = new double[16];
        int n = 0;
        for (double[][] ring : area.rings()) {
            for (int i = 0; i + 1 < ring.length; i++) {
                double y1 = (g.originY() - ring[i][1]) / g.resY();
                double y2 = (g.originY() - ring[i + 1][1]) / g.resY();
                if (y1 == y2 || yc < Math.min(y1, y2) || yc >= Math.max(y1, y2)) {
                    continue;
                }
                double x1 = (ring[i][0] - g.originX()) / g.resX();
                double x2 = (ring[i + 1][0] - g.originX()) / g.resX();
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = x1 + (yc - y1) * (x2 - x1) / (y2 - y1);
            }
        }
        double[] xs = Arrays.copyOf(out, n);
        Arrays.sort(xs);
        return xs;
    }
}
