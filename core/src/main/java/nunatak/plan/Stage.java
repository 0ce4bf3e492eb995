package nunatak.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nunatak.array.Dtype;
import nunatak.array.IndexMap;
import nunatak.array.Node;
import nunatak.blocks.Rect;
import nunatak.geom.PixelGrid;
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

    /** The points on the source grid (the view's grid moved back to the source's origin); NaN outside the view. */
    private static Reduction.Sample toSource(Node.Sample s, Normaliser.Part p, int viewRows, int viewCols) {
        PixelGrid view = s.grid();
        PixelGrid source = new PixelGrid(view.originX() - p.cols().start() * view.resX(),
                view.originY() - p.rows().start() * view.resY(), view.resX(), view.resY());
        double[] x = new double[s.x().length];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double c = view.fractionalCol(s.x()[i]);
            double r = view.fractionalRow(s.y()[i]);
            boolean inside = r >= 0 && r <= viewRows && c >= 0 && c <= viewCols;
            x[i] = inside ? s.x()[i] : Double.NaN;
            y[i] = inside ? s.y()[i] : Double.NaN;
        }
        return new Reduction.Sample(x, y, s.method(), source, s.dtype());
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

    /** This stage's expression reduced to zonal statistics over the whole view (its maps must be contiguous). */
    Stage zonal(nunatak.array.Zones zones, PixelGrid viewGrid) {
        PixelGrid source = new PixelGrid(viewGrid.originX() - colMap.start() * viewGrid.resX(),
                viewGrid.originY() - rowMap.start() * viewGrid.resY(), viewGrid.resX(), viewGrid.resY());
        Rect view = new Rect(rowMap.start(), rowMap.start() + rowMap.count(), colMap.start(),
                colMap.start() + colMap.count());
        return new Stage(layers, expr, IndexMap.identity(sourceRows()), IndexMap.identity(sourceCols()),
                new Reduction.Zonal(zones, source, view), valueType, chunkRows, chunkCols);
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
        if (reduction instanceof Reduction.Zonal z) {
            return ZonalPlanner.extent(z).grow(h).intersect(grid);
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
