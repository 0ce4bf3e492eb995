package nunatak.plan;

import java.util.Arrays;
import nunatak.blocks.DecodedRows;

/**
 * An expression evaluated a row at a time over a task's decoded blocks: {@code row(r, c0, step, n, out)} gives the
 * values at source row {@code r}, columns {@code c0 + step·k}. Outside the source grid the values are NaN, so a
 * neighbourhood at the mosaic's edge sees NaN there.
 */
abstract class RowSource {

    abstract void row(int r, int c0, int step, int n, double[] out);

    /** The value at one pixel. */
    double at(int r, int c) {
        double[] one = new double[1];
        row(r, c, 1, 1, one);
        return one[0];
    }

    static RowSource compile(Expr e, DecodedRows[] layers, int rows, int cols) {
        if (e instanceof Expr.Leaf l) {
            return new Leaf(layers[l.layer()], rows, cols);
        }
        if (e instanceof Expr.Unary u) {
            RowSource child = compile(u.child(), layers, rows, cols);
            return new RowSource() {
                @Override
                void row(int r, int c0, int step, int n, double[] out) {
                    child.row(r, c0, step, n, out);
                    u.op().apply(out, n);
                }
            };
        }
        if (e instanceof Expr.Binary b) {
            RowSource left = compile(b.left(), layers, rows, cols);
            RowSource right = compile(b.right(), layers, rows, cols);
            return new RowSource() {
                private double[] other = new double[0];

                @Override
                void row(int r, int c0, int step, int n, double[] out) {
                    if (other.length < n) {
                        other = new double[n];
                    }
                    left.row(r, c0, step, n, out);
                    right.row(r, c0, step, n, other);
                    b.op().apply(out, other, n);
                }
            };
        }
        Expr.Neighbourhood nb = (Expr.Neighbourhood) e;
        return new NeighbourhoodRows(compile(nb.child(), layers, rows, cols), nb.kernel());
    }

    /** A layer's pixels, NaN outside the grid. */
    private static final class Leaf extends RowSource {
        private final DecodedRows rows;
        private final int height;
        private final int width;

        Leaf(DecodedRows rows, int height, int width) {
            this.rows = rows;
            this.height = height;
            this.width = width;
        }

        @Override
        void row(int r, int c0, int step, int n, double[] out) {
            if (r < 0 || r >= height) {
                Arrays.fill(out, 0, n, Double.NaN);
                return;
            }
            int k0 = c0 >= 0 ? 0 : (int) Math.min(n, ((long) -c0 + step - 1) / step);
            int k1 = c0 + (long) step * (n - 1) < width ? n
                    : (int) Math.max(0, Math.min(n, ((long) width - c0 + step - 1) / step));
            if (k0 > 0 || k1 < n) {
                Arrays.fill(out, 0, n, Double.NaN);
                if (k1 > k0) {
                    double[] part = new double[k1 - k0];
                    rows.row(r, c0 + step * k0, step, k1 - k0, part);
                    System.arraycopy(part, 0, out, k0, k1 - k0);
                }
                return;
            }
            rows.row(r, c0, step, n, out);
        }
    }
}
