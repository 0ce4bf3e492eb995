package nunatak.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nunatak.array.Dtype;
import nunatak.array.IndexMap;
import nunatak.array.Node;
import nunatak.blocks.Rect;
import nunatak.mosaic.MosaicLayout;

/**
 * The part of a node tree that runs next to the data: an expression over mosaic layers that share one grid
 * (value-by-value operations and neighbourhoods), seen through one strided index map per axis, optionally reduced
 * by a coarsen or sampled at points. Index maps commute with value-by-value operations, and a neighbourhood of a
 * contiguous view is the view of the neighbourhood (neighbours come from outside the view), so any chain of
 * these normalises to this form. What lies above it is small and is finished on the driver.
 *
 * @param rowMap grid position k (before reduction) → source row
 * @param colMap grid position k → source column
 */
record Stage(List<MosaicLayout> layers, Expr expr, IndexMap rowMap, IndexMap colMap, Reduction reduction,
             Dtype valueType, int chunkRows, int chunkCols) implements Serializable {

    /** The stage a node is, or null when the node is not of this form. */
    static Stage of(Node node) {
        Node n = node;
        Reduction red = null;
        Node.Sample sample = null;
        if (n instanceof Node.Coarsen c) {
            red = new Reduction.Coarsen(c.factorRows(), c.factorCols(), c.boundary(), c.reducer(), c.rows(), c.cols(),
                    c.dtype());
            n = c.child();
        } else if (n instanceof Node.Sample s) {
            sample = s;
            n = s.child();
        }
        Normaliser norm = new Normaliser();
        Normaliser.Part p = norm.walk(n);
        if (p == null) {
            return null;
        }
        if (sample != null) {
            if (p.rows().step() != 1 || p.cols().step() != 1) {
                return null;
            }
            red = toSource(sample, p, n.rows(), n.cols());
        }
        return new Stage(List.copyOf(norm.layers), p.expr(), p.rows(), p.cols(), red, n.dtype(), norm.chunkRows,
                norm.chunkCols);
    }

    /** Points in the view's pixel coordinates → the source grid's; NaN for points outside the view. */
    private static Reduction.Sample toSource(Node.Sample s, Normaliser.Part p, int viewRows, int viewCols) {
        double[] r = new double[s.rowPos().length];
        double[] c = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            double rp = s.rowPos()[i];
            double cp = s.colPos()[i];
            boolean inside = rp >= 0 && rp <= viewRows && cp >= 0 && cp <= viewCols;
            r[i] = inside ? rp + p.rows().start() : Double.NaN;
            c[i] = inside ? cp + p.cols().start() : Double.NaN;
        }
        return new Reduction.Sample(r, c, s.method());
    }

    int sourceRows() {
        return layers.get(0).rows();
    }

    int sourceCols() {
        return layers.get(0).cols();
    }

    Reduction.Coarsen coarsen() {
        return reduction instanceof Reduction.Coarsen c ? c : null;
    }

    /** Grid rows that contribute: all of them, except those a trimming coarsen drops. */
    int usedRows() {
        Reduction.Coarsen c = coarsen();
        return c == null ? rowMap.count() : Math.min(rowMap.count(), c.rows() * c.factorRows());
    }

    int usedCols() {
        Reduction.Coarsen c = coarsen();
        return c == null ? colMap.count() : Math.min(colMap.count(), c.cols() * c.factorCols());
    }

    /** The source pixels the stage reads at most, halo included, within the grid. */
    Rect neededRect() {
        int h = expr.halo();
        Rect grid = new Rect(0, sourceRows(), 0, sourceCols());
        if (reduction instanceof Reduction.Sample s) {
            return Sampling.bounds(s, sourceRows(), sourceCols()).grow(h).intersect(grid);
        }
        if (usedRows() == 0 || usedCols() == 0) {
            return new Rect(0, 0, 0, 0);
        }
        return new Rect(rowMap.start(), rowMap.at(usedRows() - 1) + 1, colMap.start(), colMap.at(usedCols() - 1) + 1)
                .grow(h).intersect(grid);
    }

    /** Walks a node tree into an expression, collecting the mosaic layers it reads. */
    private static final class Normaliser {
        record Part(Expr expr, IndexMap rows, IndexMap cols) {
        }

        final List<MosaicLayout> layers = new ArrayList<>();
        int chunkRows;
        int chunkCols;

        Part walk(Node n) {
            if (n instanceof Node.Mosaic m) {
                int idx = layers.indexOf(m.layout());
                if (idx < 0) {
                    if (!layers.isEmpty() && !layers.get(0).grid().equals(m.layout().grid())) {
                        return null; // layers on different grids are combined in memory
                    }
                    layers.add(m.layout());
                    idx = layers.size() - 1;
                }
                if (chunkRows == 0) {
                    chunkRows = m.chunkRows();
                    chunkCols = m.chunkCols();
                }
                return new Part(new Expr.Leaf(idx), IndexMap.identity(m.rows()), IndexMap.identity(m.cols()));
            }
            if (n instanceof Node.Pointwise p) {
                Part c = walk(p.child());
                return c == null ? null : new Part(new Expr.Unary(c.expr(), p.op()), c.rows(), c.cols());
            }
            if (n instanceof Node.Index ix) {
                Part c = walk(ix.child());
                return c == null ? null : new Part(c.expr(), ix.rowMap().over(c.rows()), ix.colMap().over(c.cols()));
            }
            if (n instanceof Node.Binary b) {
                Part l = walk(b.left());
                Part r = l == null ? null : walk(b.right());
                if (r == null || !l.rows().equals(r.rows()) || !l.cols().equals(r.cols())) {
                    return null;
                }
                return new Part(new Expr.Binary(l.expr(), r.expr(), b.op()), l.rows(), l.cols());
            }
            if (n instanceof Node.Neighbourhood nb) {
                Part c = walk(nb.child());
                if (c == null || c.rows().step() != 1 || c.cols().step() != 1) {
                    return null;
                }
                return new Part(new Expr.Neighbourhood(c.expr(), nb.kernel()), c.rows(), c.cols());
            }
            return null;
        }
    }
}
