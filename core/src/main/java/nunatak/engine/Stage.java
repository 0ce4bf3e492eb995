package nunatak.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nunatak.array.Boundary;
import nunatak.array.Dtype;
import nunatak.array.IndexMap;
import nunatak.array.Node;
import nunatak.array.PointOp;
import nunatak.array.Reducer;
import nunatak.mosaic.TileSlot;

/**
 * The part of a view chain that runs next to the data: a mosaic, seen through one strided index map per axis
 * and a list of value-by-value operations (which commute with indexing), optionally reduced by a coarsen.
 * Anything above the first coarsen is small and is finished on the driver.
 *
 * @param rowMap     grid position k (before coarsening) → mosaic row
 * @param colMap     grid position k → mosaic column
 * @param ops        applied in order to every value read
 * @param reduction  the coarsen to apply, or null to return the values themselves
 */
public record Stage(Node.Mosaic source, IndexMap rowMap, IndexMap colMap, List<PointOp> ops, Reduction reduction,
                   Dtype valueType) implements Serializable {

    /** A coarsen's parameters and output size. */
    public record Reduction(int factorRows, int factorCols, Boundary boundary, Reducer reducer, int rows, int cols,
                            Dtype dtype) implements Serializable {
    }

    /** The stage a node is, or null when the node is not (index | pointwise)* [coarsen] over a mosaic. */
    public static Stage of(Node node) {
        Reduction red = null;
        Node n = node;
        if (n instanceof Node.Coarsen c) {
            red = new Reduction(c.factorRows(), c.factorCols(), c.boundary(), c.reducer(), c.rows(), c.cols(), c.dtype());
            n = c.child();
        }
        Dtype valueType = n.dtype();
        IndexMap rows = IndexMap.identity(n.rows());
        IndexMap cols = IndexMap.identity(n.cols());
        List<PointOp> ops = new ArrayList<>();
        while (true) {
            if (n instanceof Node.Pointwise p) {
                ops.add(0, p.op());
                n = p.child();
            } else if (n instanceof Node.Index ix) {
                rows = rows.over(ix.rowMap());
                cols = cols.over(ix.colMap());
                n = ix.child();
            } else if (n instanceof Node.Mosaic m) {
                return new Stage(m, rows, cols, List.copyOf(ops), red, valueType);
            } else {
                return null;
            }
        }
    }

    /** Grid rows that contribute: all of them, except those a trimming coarsen drops. */
    public int usedRows() {
        return reduction == null ? rowMap.count() : Math.min(rowMap.count(), reduction.rows() * reduction.factorRows());
    }

    public int usedCols() {
        return reduction == null ? colMap.count() : Math.min(colMap.count(), reduction.cols() * reduction.factorCols());
    }

    /** Grid rows {@code [k0, k1)} that block row {@code by} of {@code tile} holds; empty when none is needed. */
    int[] rowsOf(TileSlot tile, int by) {
        int from = tile.row0() + by * tile.blockHeight();
        int[] k = rowMap.within(from, tile.row0() + Math.min(tile.height(), from - tile.row0() + tile.blockHeight()));
        return new int[] {k[0], Math.min(k[1], usedRows())};
    }

    /** Grid columns {@code [j0, j1)} that block column {@code bx} of {@code tile} holds; empty when none is needed. */
    int[] colsOf(TileSlot tile, int bx) {
        int from = tile.col0() + bx * tile.blockWidth();
        int[] j = colMap.within(from, tile.col0() + Math.min(tile.width(), from - tile.col0() + tile.blockWidth()));
        return new int[] {j[0], Math.min(j[1], usedCols())};
    }
}
