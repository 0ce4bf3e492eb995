package nunatak.array;

import nunatak.InvalidArgumentException;

/**
 * Evaluates a node tree whose leaves are all in memory, eagerly and locally: small results (coarsened maps,
 * profiles) and what follows a persisted array. Uses the same numerics as the distributed tasks.
 */
public final class MemoryEvaluator {
    private MemoryEvaluator() {
    }

    public static Grid evaluate(Node node) {
        if (node instanceof Node.Memory m) {
            return m.grid();
        } else if (node instanceof Node.Pointwise p) {
            return pointwise(evaluate(p.child()), p);
        } else if (node instanceof Node.Index ix) {
            return index(evaluate(ix.child()), ix);
        } else if (node instanceof Node.Coarsen c) {
            return coarsen(evaluate(c.child()), c);
        }
        throw new InvalidArgumentException("a mosaic must be computed by an engine (DataArray.compute), not in memory");
    }

    private static Grid pointwise(Grid in, Node.Pointwise p) {
        Grid out = Grid.allocate(in.rows(), in.cols(), p.dtype());
        double[] buf = new double[in.cols()];
        for (int r = 0; r < in.rows(); r++) {
            for (int c = 0; c < in.cols(); c++) {
                buf[c] = in.get(r, c);
            }
            p.op().apply(buf, in.cols());
            out.setRun(r * in.cols(), buf, 0, in.cols());
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

    /** Coarsens a whole grid; PAD windows simply see fewer values (the padding is NaN, which is skipped). */
    public static Grid coarsen(Grid in, Node.Coarsen c) {
        CoarseCells cells = new CoarseCells(c.reducer(), 0, 0, c.rows(), c.cols());
        int usedRows = Math.min(in.rows(), c.rows() * c.factorRows());
        int usedCols = Math.min(in.cols(), c.cols() * c.factorCols());
        double[] buf = new double[usedCols];
        for (int r = 0; r < usedRows; r++) {
            for (int k = 0; k < usedCols; k++) {
                buf[k] = in.get(r, k);
            }
            cells.addRun(r / c.factorRows(), buf, usedCols, 0, c.factorCols());
        }
        return cells.result(c.dtype());
    }
}
