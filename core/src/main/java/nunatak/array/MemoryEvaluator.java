package nunatak.array;

import nunatak.InvalidArgumentException;
import nunatak.analysis.PointSampler;

/**
 * Evaluates a node tree whose leaves are all in memory, eagerly and locally: small results (coarsened maps,
 * profiles), what follows a persisted array, and the reference the engines' results are tested against. Uses the
 * same numerics as the distributed tasks.
 */
public final class MemoryEvaluator {
    private MemoryEvaluator() {
    }

    public static Grid evaluate(Node node) {
        if (node instanceof Node.Memory m) {
            return m.grid();
        } else if (node instanceof Node.Pointwise p) {
            return pointwise(evaluate(p.child()), p);
        } else if (node instanceof Node.Binary b) {
            return binary(evaluate(b.left()), evaluate(b.right()), b);
        } else if (node instanceof Node.Index ix) {
            return index(evaluate(ix.child()), ix);
        } else if (node instanceof Node.Neighbourhood n) {
            return neighbourhood(evaluate(n.child()), n);
        } else if (node instanceof Node.Sample s) {
            return sample(evaluate(s.child()), s);
        } else if (node instanceof Node.Coarsen c) {
            return coarsen(evaluate(c.child()), c);
        }
        throw new InvalidArgumentException("a mosaic must be computed by an engine (DataArray.compute), not in memory");
    }

    private static Grid pointwise(Grid in, Node.Pointwise p) {
        Grid out = Grid.allocate(in.rows(), in.cols(), p.dtype());
        double[] buf = new double[in.cols()];
        for (int r = 0; r < in.rows(); r++) {
            in.getRow(r, buf);
            p.op().apply(buf, in.cols());
            out.setRun(r * in.cols(), buf, 0, in.cols());
        }
        return out;
    }

    private static Grid binary(Grid a, Grid b, Node.Binary node) {
        Grid out = Grid.allocate(a.rows(), a.cols(), node.dtype());
        double[] x = new double[a.cols()];
        double[] y = new double[a.cols()];
        for (int r = 0; r < a.rows(); r++) {
            a.getRow(r, x);
            b.getRow(r, y);
            node.op().apply(x, y, a.cols());
            out.setRun(r * a.cols(), x, 0, a.cols());
        }
        return out;
    }

    private static Grid index(Grid in, Node.Index ix) {
        Grid out = Grid.allocate(ix.rows(), ix.cols(), in.dtype());
        for (int r = 0; r < ix.rows(); r++) {
            int sr = ix.rowMap().at(r);
            for (int c = 0; c < ix.cols(); c++) {
                out.set(r, c, in.get(sr, ix.colMap().at(c)));
            }
        }
        return out;
    }

    /** The kernel over the whole grid; outside it the neighbours are NaN. */
    private static Grid neighbourhood(Grid in, Node.Neighbourhood n) {
        int h = n.kernel().halo();
        int w = in.cols() + 2 * h;
        double[][] rows = new double[2 * h + 1][w];
        double[] out = new double[in.cols()];
        Grid g = Grid.allocate(in.rows(), in.cols(), n.dtype());
        for (int r = 0; r < in.rows(); r++) {
            for (int k = 0; k < rows.length; k++) {
                int sr = r - h + k;
                java.util.Arrays.fill(rows[k], Double.NaN);
                for (int c = 0; sr >= 0 && sr < in.rows() && c < in.cols(); c++) {
                    rows[k][c + h] = in.get(sr, c);
                }
            }
            n.kernel().apply(rows, in.cols(), out);
            g.setRun(r * in.cols(), out, 0, in.cols());
        }
        return g;
    }

    private static Grid sample(Grid in, Node.Sample s) {
        Grid out = Grid.allocate(1, s.cols(), s.dtype());
        PointSampler sampler = new PointSampler(s.grid(), in.cols(), in.rows(), s.method());
        for (int i = 0; i < s.cols(); i++) {
            out.set(i, sampler.sample(s.x()[i], s.y()[i], (r, c) -> in.get((int) r, (int) c)));
        }
        return out;
    }

    /** Zonal statistics of a grid in memory (the reference the engines' results are tested against). */
    public static ZonalPartials zonal(Grid g, Zones zones, nunatak.geom.PixelGrid grid) {
        return ZonalRun.inMemory(g, zones, grid);
    }

    /** Coarsens a whole grid; PAD windows simply see fewer values (the padding is NaN, which is skipped). */
    public static Grid coarsen(Grid in, Node.Coarsen c) {
        CoarseCells cells = new CoarseCells(c.reducer(), 0, 0, c.rows(), c.cols());
        int usedRows = Math.min(in.rows(), c.rows() * c.factorRows());
        int usedCols = Math.min(in.cols(), c.cols() * c.factorCols());
        double[] buf = new double[in.cols()];
        for (int r = 0; r < usedRows; r++) {
            in.getRow(r, buf);
            cells.addRun(r / c.factorRows(), buf, usedCols, 0, c.factorCols());
        }
        return cells.result(c.dtype());
    }
}
