package nunatak.array;

import java.io.Serializable;

/**
 * Running NaN-skipping statistics of a rectangle of coarse cells: what tasks send back for {@code coarsen},
 * merged on the driver. Only the state the reducer needs is kept (count and sum for mean; Welford mean and
 * M2, merged with Chan's formula, for std), so partial results are small and merging is exact for count,
 * min and max and order-independent up to rounding for the rest.
 */
public final class CoarseCells implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Reducer reducer;
    private final int row0;
    private final int col0;
    private final int rows;
    private final int cols;
    private final double[] n;
    private final double[] a; // sum, min, max, or running mean
    private final double[] m2;

    public CoarseCells(Reducer reducer, int row0, int col0, int rows, int cols) {
        this.reducer = reducer;
        this.row0 = row0;
        this.col0 = col0;
        this.rows = rows;
        this.cols = cols;
        int size = Math.multiplyExact(rows, cols);
        this.n = new double[size];
        this.a = reducer == Reducer.COUNT ? null : new double[size];
        this.m2 = reducer == Reducer.STD ? new double[size] : null;
        if (reducer == Reducer.MIN) {
            java.util.Arrays.fill(a, Double.POSITIVE_INFINITY);
        } else if (reducer == Reducer.MAX) {
            java.util.Arrays.fill(a, Double.NEGATIVE_INFINITY);
        }
    }

    public int row0() {
        return row0;
    }

    public int col0() {
        return col0;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /**
     * Adds {@code len} values that lie in one fine row and belong to fine columns {@code fineCol0 ..}; each
     * {@code factorCols} consecutive fine columns form one coarse column. NaN is skipped.
     */
    public void addRun(int coarseRow, double[] v, int len, int fineCol0, int factorCols) {
        int base = (coarseRow - row0) * cols - col0;
        int k = 0;
        while (k < len) {
            int fineCol = fineCol0 + k;
            int coarseCol = fineCol / factorCols;
            int end = Math.min(len, k + (coarseCol + 1) * factorCols - fineCol);
            int cell = base + coarseCol;
            switch (reducer) {
                case MEAN, SUM -> {
                    double s = 0;
                    int c = 0;
                    for (; k < end; k++) {
                        double x = v[k];
                        if (x == x) {
                            s += x;
                            c++;
                        }
                    }
                    a[cell] += s;
                    n[cell] += c;
                }
                case COUNT -> {
                    int c = 0;
                    for (; k < end; k++) {
                        if (v[k] == v[k]) {
                            c++;
                        }
                    }
                    n[cell] += c;
                }
                case MIN -> {
                    double m = a[cell];
                    int c = 0;
                    for (; k < end; k++) {
                        double x = v[k];
                        if (x == x) {
                            m = Math.min(m, x);
                            c++;
                        }
                    }
                    a[cell] = m;
                    n[cell] += c;
                }
                case MAX -> {
                    double m = a[cell];
                    int c = 0;
                    for (; k < end; k++) {
                        double x = v[k];
                        if (x == x) {
                            m = Math.max(m, x);
                            c++;
                        }
                    }
                    a[cell] = m;
                    n[cell] += c;
                }
                case STD -> {
                    for (; k < end; k++) {
                        double x = v[k];
                        if (x == x) {
                            double cnt = ++n[cell];
                            double d = x - a[cell];
                            a[cell] += d / cnt;
                            m2[cell] += d * (x - a[cell]);
                        }
                    }
                }
            }
        }
    }

    /**
     * {@link #addRun} for the float32 values {@code v[p, p + len)} that are above {@code floor} (at or above it when
     * {@code orEqual}), NaN never: a mask and a sum or count in one pass over the block, without first widening the
     * values into a row of doubles and masking that. For {@link Reducer#MEAN}, {@link Reducer#SUM} and
     * {@link Reducer#COUNT} only; every value the test keeps is added exactly as {@link #addRun} adds it.
     */
    public void addRunAbove(int coarseRow, float[] v, int p, int len, int fineCol0, int factorCols, double floor,
                            boolean orEqual) {
        if (reducer != Reducer.MEAN && reducer != Reducer.SUM && reducer != Reducer.COUNT) {
            throw new IllegalStateException("addRunAbove sums and counts; this partial is a " + reducer);
        }
        int base = (coarseRow - row0) * cols - col0;
        int k = 0;
        while (k < len) {
            int coarseCol = (fineCol0 + k) / factorCols;
            int end = Math.min(len, (coarseCol + 1) * factorCols - fineCol0);
            int cell = base + coarseCol;
            sumKept(v, p + k, p + end, floor, orEqual, cell);
            k = end;
        }
    }

    private void sumKept(float[] v, int from, int to, double floor, boolean orEqual, int cell) {
        double s = 0;
        int c = 0;
        for (int i = from; i < to; i++) {
            double x = v[i];
            if (orEqual ? x >= floor : x > floor) { // loop-invariant: the JIT makes two loops of it
                s += x;
                c++;
            }
        }
        if (a != null) {
            a[cell] += s;
        }
        n[cell] += c;
    }

    /** Folds another partial (any rectangle inside this one) into this one. */
    public void merge(CoarseCells o) {
        for (int r = 0; r < o.rows; r++) {
            for (int c = 0; c < o.cols; c++) {
                int src = r * o.cols + c;
                double nb = o.n[src];
                if (nb == 0) {
                    continue;
                }
                int dst = (o.row0 + r - row0) * cols + (o.col0 + c - col0);
                double na = n[dst];
                switch (reducer) {
                    case MEAN, SUM -> a[dst] += o.a[src];
                    case MIN -> a[dst] = Math.min(a[dst], o.a[src]);
                    case MAX -> a[dst] = Math.max(a[dst], o.a[src]);
                    case STD -> {
                        double delta = o.a[src] - a[dst];
                        double total = na + nb;
                        a[dst] += delta * nb / total;
                        m2[dst] += o.m2[src] + delta * delta * na * nb / total;
                    }
                    case COUNT -> {
                    }
                }
                n[dst] = na + nb;
            }
        }
    }

    /** The reduced values, with xarray's results for cells without any valid value. */
    public Grid result(Dtype dtype) {
        Grid g = Grid.allocate(rows, cols, dtype);
        for (int i = 0; i < n.length; i++) {
            double cnt = n[i];
            double v = switch (reducer) {
                case COUNT -> cnt;
                case SUM -> a[i];
                case MEAN -> cnt == 0 ? Double.NaN : a[i] / cnt;
                case MIN, MAX -> cnt == 0 ? Double.NaN : a[i];
                case STD -> cnt == 0 ? Double.NaN : Math.sqrt(m2[i] / cnt);
            };
            g.set(i, v);
        }
        return g;
    }
}
