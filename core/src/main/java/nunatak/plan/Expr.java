package nunatak.plan;

import java.io.Serializable;
import nunatak.array.BinaryOp;
import nunatak.array.Kernel;
import nunatak.array.PointOp;

/**
 * What a stage computes at each pixel of its source grid, before its index maps and reduction: layers read from
 * mosaics, combined value by value and by neighbourhoods. Tasks evaluate it a row at a time.
 */
sealed interface Expr extends Serializable {

    /** Pixels around an output pixel this expression reads, on each side. */
    int halo();

    /** The stage's layer number {@code layer}. */
    record Leaf(int layer) implements Expr {
        @Override
        public int halo() {
            return 0;
        }
    }

    record Unary(Expr child, PointOp op) implements Expr {
        @Override
        public int halo() {
            return child.halo();
        }
    }

    record Binary(Expr left, Expr right, BinaryOp op) implements Expr {
        @Override
        public int halo() {
            return Math.max(left.halo(), right.halo());
        }
    }

    record Neighbourhood(Expr child, Kernel kernel) implements Expr {
        @Override
        public int halo() {
            return child.halo() + kernel.halo();
        }
    }
}
