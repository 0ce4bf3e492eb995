package nunatak.array;

import java.io.Serializable;
import nunatak.analysis.SamplingMethod;
import nunatak.geom.PixelGrid;
import nunatak.mosaic.MosaicLayout;

/**
 * The lazy expression behind a {@link DataArray}: a tree of serializable descriptors, never open handles, so
 * that any engine can plan it into tasks. Every node has a 2-D shape (rows x cols); an array with fewer
 * dimensions is a single row or column.
 */
public sealed interface Node extends Serializable {

    int rows();

    int cols();

    Dtype dtype();

    /** Tiles of a mosaic layer at one level; {@code chunk} is the task size in pixels used when planning. */
    record Mosaic(MosaicLayout layout, int chunkRows, int chunkCols) implements Node {
        @Override
        public int rows() {
            return layout.rows();
        }

        @Override
        public int cols() {
            return layout.cols();
        }

        @Override
        public Dtype dtype() {
            Dtype d = Dtype.of(layout.dataType());
            return d.isFloating() || layout.missing().isEmpty() && !layout.hasHoles() ? d : d.withNaN();
        }
    }

    /** Values already in memory (computed or persisted). */
    record Memory(Grid grid) implements Node {
        @Override
        public int rows() {
            return grid.rows();
        }

        @Override
        public int cols() {
            return grid.cols();
        }

        @Override
        public Dtype dtype() {
            return grid.dtype();
        }
    }

    /** A value-by-value operation. */
    record Pointwise(Node child, PointOp op) implements Node {
        @Override
        public int rows() {
            return child.rows();
        }

        @Override
        public int cols() {
            return child.cols();
        }

        @Override
        public Dtype dtype() {
            return op.resultType(child.dtype());
        }
    }

    /** A strided sub-grid of the child: positional selection ({@code isel}, {@code sel}). */
    record Index(Node child, IndexMap rowMap, IndexMap colMap) implements Node {
        @Override
        public int rows() {
            return rowMap.count();
        }

        @Override
        public int cols() {
            return colMap.count();
        }

        @Override
        public Dtype dtype() {
            return child.dtype();
        }
    }

    /** A value-by-value operation on two aligned arrays (a layer masked by another, arithmetic). */
    record Binary(Node left, Node right, BinaryOp op) implements Node {
        public Binary {
            if (left.rows() != right.rows() || left.cols() != right.cols()) {
                throw new nunatak.InvalidArgumentException("arrays of shape (" + left.rows() + ", " + left.cols()
                        + ") and (" + right.rows() + ", " + right.cols() + ") are not aligned");
            }
        }

        @Override
        public int rows() {
            return left.rows();
        }

        @Override
        public int cols() {
            return left.cols();
        }

        @Override
        public Dtype dtype() {
            return op.resultType(left.dtype(), right.dtype());
        }
    }

    /**
     * A neighbourhood operation (slope, hillshade): each output pixel from the {@code (2h+1)²} input pixels around
     * it. Neighbours come from outside a view where the mosaic has them; outside the mosaic they are NaN.
     */
    record Neighbourhood(Node child, Kernel kernel) implements Node {
        @Override
        public int rows() {
            return child.rows();
        }

        @Override
        public int cols() {
            return child.cols();
        }

        @Override
        public Dtype dtype() {
            return kernel.resultType(child.dtype());
        }
    }

    /**
     * Values at map points ({@code x}, {@code y} in the child's CRS), one row of {@code x.length} values, sampled on
     * {@code grid}, the child's pixel grid; NaN outside the child.
     */
    record Sample(Node child, double[] x, double[] y, SamplingMethod method, PixelGrid grid) implements Node {
        public Sample {
            if (x.length != y.length) {
                throw new IllegalArgumentException(x.length + " x values vs " + y.length + " y values");
            }
        }

        @Override
        public int rows() {
            return 1;
        }

        @Override
        public int cols() {
            return x.length;
        }

        @Override
        public Dtype dtype() {
            return method == SamplingMethod.NEAREST ? child.dtype().withNaN() : Dtype.FLOAT64;
        }
    }

    /** Windows of {@code factorRows x factorCols} reduced to one value each. */
    record Coarsen(Node child, int factorRows, int factorCols, Boundary boundary, Reducer reducer) implements Node {
        @Override
        public int rows() {
            return coarseLength(child.rows(), factorRows, boundary);
        }

        @Override
        public int cols() {
            return coarseLength(child.cols(), factorCols, boundary);
        }

        @Override
        public Dtype dtype() {
            return reducer.resultType(child.dtype());
        }

        static int coarseLength(int n, int f, Boundary b) {
            return b == Boundary.PAD ? (n + f - 1) / f : n / f;
        }
    }
}
