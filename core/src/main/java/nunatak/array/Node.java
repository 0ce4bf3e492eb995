package nunatak.array;

import java.io.Serializable;
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

    /** Tiles of a mosaic at one level; {@code chunk} is the task size in pixels used when planning. */
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
            return layout.missing().isEmpty() ? d : d.withNaN();
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
