package nunatak.geom;

import java.io.Serializable;
import nunatak.tiff.Window;

/**
 * Which pixels of a window a mask holds, as runs of columns per row: for row {@code window.row() + r}, runs
 * {@code k} in {@code [firstRun(r), firstRun(r + 1))} cover grid columns {@code [start(k), end(k))}. Columns are
 * the grid's, not the window's; runs of one row are sorted and disjoint.
 *
 * <pre>{@code
 * CentreMask mask = CentreMask.of(GeoJsonReader.read(Path.of("basins.geojson"), Crs.EPSG_4326).get(0).geometry(),
 *         new PixelGrid(-1_100_000, 1_000_000, 400, -400));
 * int col0 = 0, row0 = 256;
 * MaskRuns runs = mask.runs(new Window(col0, row0, 512, 512));
 * ZonalStats stats = new ZonalStats();
 * double[] rowValues = new double[512];          // each row of the block in turn, from column col0
 * for (int r = 0; r < runs.window().height(); r++) {
 *     for (int k = runs.firstRun(r); k < runs.firstRun(r + 1); k++) {
 *         stats.addAll(rowValues, runs.start(k) - col0, runs.end(k) - col0);
 *     }
 * }
 * }</pre>
 */
public final class MaskRuns implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Window window;
    private final int[] rowOffsets;
    private final int[] starts;
    private final int[] ends;

    MaskRuns(Window window, int[] rowOffsets, int[] starts, int[] ends) {
        this.window = window;
        this.rowOffsets = rowOffsets;
        this.starts = starts;
        this.ends = ends;
    }

    public Window window() {
        return window;
    }

    /** Index of the first run of window row {@code r}; {@code firstRun(height)} is the number of runs. */
    public int firstRun(int r) {
        return rowOffsets[r];
    }

    public int runCount() {
        return rowOffsets[window.height()];
    }

    public int start(int run) {
        return starts[run];
    }

    public int end(int run) {
        return ends[run];
    }

    /** How many pixels of the window the mask holds. */
    public long pixelCount() {
        long n = 0;
        for (int k = 0; k < runCount(); k++) {
            n += ends[k] - starts[k];
        }
        return n;
    }

    public boolean isEmpty() {
        return runCount() == 0;
    }

    /** Whether grid pixel (row, col) is held; false outside the window. */
    public boolean contains(int row, int col) {
        int r = row - window.row();
        if (r < 0 || r >= window.height()) {
            return false;
        }
        for (int k = rowOffsets[r]; k < rowOffsets[r + 1]; k++) {
            if (col >= starts[k] && col < ends[k]) {
                return true;
            }
        }
        return false;
    }

    /** The mask as a row-major boolean array of the window (for tests and small windows). */
    public boolean[] toBooleans() {
        boolean[] out = new boolean[Math.multiplyExact(window.width(), window.height())];
        for (int r = 0; r < window.height(); r++) {
            for (int k = rowOffsets[r]; k < rowOffsets[r + 1]; k++) {
                for (int c = starts[k]; c < ends[k]; c++) {
                    out[r * window.width() + c - window.col()] = true;
                }
            }
        }
        return out;
    }
}
