package nunatak.plan;

import nunatak.array.Kernel;

/**
 * A kernel over its child's rows. The child's rows around the current one are kept, so a task walking its rows
 * top to bottom computes each child row once.
 */
final class NeighbourhoodRows extends RowSource {
    private final RowSource child;
    private final Kernel kernel;
    private final int h;
    private final int[] keptRow;
    private final int[] keptC0;
    private final int[] keptN;
    private final double[][] kept;
    private final double[][] window;

    NeighbourhoodRows(RowSource child, Kernel kernel) {
        this.child = child;
        this.kernel = kernel;
        this.h = kernel.halo();
        int slots = 2 * h + 2;
        this.keptRow = new int[slots];
        this.keptC0 = new int[slots];
        this.keptN = new int[slots];
        this.kept = new double[slots][];
        java.util.Arrays.fill(keptRow, Integer.MIN_VALUE);
        this.window = new double[2 * h + 1][];
    }

    @Override
    void row(int r, int c0, int step, int n, double[] out) {
        if (step != 1) {
            int span = (n - 1) * step + 1;
            double[] all = new double[span];
            row(r, c0, 1, span, all);
            for (int k = 0; k < n; k++) {
                out[k] = all[k * step];
            }
            return;
        }
        for (int k = 0; k <= 2 * h; k++) {
            window[k] = childRow(r - h + k, c0 - h, n + 2 * h);
        }
        kernel.apply(window, n, out);
    }

    private double[] childRow(int r, int c0, int n) {
        int slot = Math.floorMod(r, kept.length);
        if (keptRow[slot] != r || keptC0[slot] != c0 || keptN[slot] != n) {
            if (kept[slot] == null || kept[slot].length < n) {
                kept[slot] = new double[n];
            }
            child.row(r, c0, 1, n, kept[slot]);
            keptRow[slot] = r;
            keptC0[slot] = c0;
            keptN[slot] = n;
        }
        return kept[slot];
    }
}
