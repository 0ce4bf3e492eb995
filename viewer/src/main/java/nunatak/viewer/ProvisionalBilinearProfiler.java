package nunatak.viewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import nunatak.InvalidArgumentException;

/**
 * PROVISIONAL: bilinear sampling along a line, until core's kernel for {@code nunatak profile --line --method
 * bilinear} lands (then that replaces this class behind {@link LineProfiler}). Stations lie at 0, step, 2·step, …
 * ≤ the length along the segments; a station's value weighs the four full-resolution pixel centres around it
 * (column {@code (x - originX) / resX - 0.5}), and is NaN when any of the four is NaN or outside the layer.
 * Only the blocks the line touches are read, each as one window holding just the pixels needed, a few at once.
 *
 * <pre>{@code
 * LineProfiler profiler = new ProvisionalBilinearProfiler(pool);
 * LineProfile p = profiler.profile(dem, new Polyline(xs, ys), 8, Progress.NONE);
 * }</pre>
 */
public final class ProvisionalBilinearProfiler implements LineProfiler {
    /** More stations than this is a request for {@code nunatak profile}, not for a chart in a browser. */
    public static final int MAX_STATIONS = 2_000_000;

    private final ExecutorService reads;

    public ProvisionalBilinearProfiler(ExecutorService reads) {
        this.reads = reads;
    }

    @Override
    public LineProfile profile(RasterLayer layer, Polyline line, double step, Progress progress) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new InvalidArgumentException("profile step " + step + " must be a positive number of metres");
        }
        double length = line.length();
        long n = (long) Math.floor(length / step) + 1;
        while (n > 1 && (n - 1) * step > length) {
            n--;
        }
        if (n > MAX_STATIONS) {
            throw new InvalidArgumentException("a profile of " + length + " m every " + step + " m has " + n
                    + " stations; the viewer draws at most " + MAX_STATIONS + ": give a larger step, or use "
                    + "nunatak profile for the full line");
        }
        double[] distance = new double[(int) n];
        double[] x = new double[(int) n];
        double[] y = new double[(int) n];
        place(line, step, distance, x, y);
        LevelGrid g = layer.levels().get(0);
        double[] corners = new double[4 * distance.length];
        Arrays.fill(corners, Double.NaN);
        int[] row0 = new int[distance.length];
        int[] col0 = new int[distance.length];
        Map<Long, List<Integer>> slotsByBlock = new HashMap<>();
        for (int s = 0; s < distance.length; s++) {
            row0[s] = (int) Math.floor(g.rowAt(y[s]));
            col0[s] = (int) Math.floor(g.colAt(x[s]));
            if (!g.contains(row0[s], col0[s]) || !g.contains(row0[s] + 1, col0[s] + 1)) {
                continue;
            }
            for (int k = 0; k < 4; k++) {
                int r = row0[s] + (k >> 1);
                int c = col0[s] + (k & 1);
                long key = (long) (r / g.blockHeight()) << 32 | (c / g.blockWidth());
                slotsByBlock.computeIfAbsent(key, b -> new ArrayList<>()).add(4 * s + k);
            }
        }
        List<Runnable> tasks = new ArrayList<>();
        for (List<Integer> slots : slotsByBlock.values()) {
            tasks.add(() -> fill(layer, slots, row0, col0, corners));
        }
        WindowReads.runAll(tasks, reads, progress);
        double[] value = new double[distance.length];
        for (int s = 0; s < value.length; s++) {
            double fx = g.colAt(x[s]) - col0[s];
            double fy = g.rowAt(y[s]) - row0[s];
            int i = 4 * s;
            value[s] = (1 - fy) * ((1 - fx) * corners[i] + fx * corners[i + 1])
                    + fy * ((1 - fx) * corners[i + 2] + fx * corners[i + 3]);
        }
        return new LineProfile(step, length, distance, x, y, value);
    }

    /** Stations at k·step along the segments. */
    private static void place(Polyline line, double step, double[] distance, double[] x, double[] y) {
        double[] xs = line.xs();
        double[] ys = line.ys();
        int seg = 0;
        double segStart = 0;
        double segLength = Math.hypot(xs[1] - xs[0], ys[1] - ys[0]);
        for (int k = 0; k < distance.length; k++) {
            double d = k * step;
            while (seg < xs.length - 2 && d > segStart + segLength) {
                segStart += segLength;
                seg++;
                segLength = Math.hypot(xs[seg + 1] - xs[seg], ys[seg + 1] - ys[seg]);
            }
            double t = segLength == 0 ? 0 : Math.min(1, (d - segStart) / segLength);
            distance[k] = d;
            x[k] = xs[seg] + t * (xs[seg + 1] - xs[seg]);
            y[k] = ys[seg] + t * (ys[seg + 1] - ys[seg]);
        }
    }

    /** Reads the pixels of one block that the given corner slots need, as one window, and stores them. */
    private static void fill(RasterLayer layer, List<Integer> slots, int[] row0, int[] col0, double[] corners) {
        int r0 = Integer.MAX_VALUE;
        int c0 = Integer.MAX_VALUE;
        int r1 = Integer.MIN_VALUE;
        int c1 = Integer.MIN_VALUE;
        for (int slot : slots) {
            int r = row0[slot / 4] + ((slot & 3) >> 1);
            int c = col0[slot / 4] + (slot & 1);
            r0 = Math.min(r0, r);
            c0 = Math.min(c0, c);
            r1 = Math.max(r1, r);
            c1 = Math.max(c1, c);
        }
        PixelWindow w = PixelWindow.spanning(r0, c0, r1, c1);
        double[] v = layer.read(0, w);
        for (int slot : slots) {
            int r = row0[slot / 4] + ((slot & 3) >> 1);
            int c = col0[slot / 4] + (slot & 1);
            corners[slot] = v[(r - r0) * w.cols() + (c - c0)];
        }
    }
}
