package nunatak.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nunatak.array.CoarseCells;
import nunatak.array.Condition;
import nunatak.array.IndexMap;
import nunatak.array.PointOp;
import nunatak.array.Reducer;
import nunatak.blocks.DecodedRows;
import nunatak.tiff.Samples;

/**
 * A coarsen that reads each decoded block once, right after decoding it, instead of composing rows across all of a
 * task's blocks: a task's block row of REMA tiles is several MiB of floats, more than a core's cache, so composing
 * rows read every pixel back from memory and evicted what the LZW decoder was working on. Used when the result
 * cannot depend on the order pixels come in: one layer, value-by-value operations that keep NaN as NaN (pixels no tile
 * covers are skipped rather than read as NaN), unit steps, tiles that do not overlap, and a reducer whose partial
 * results merge exactly (sum, count, min, max; the mean is sum / count). A cell's pixels are summed in another order
 * than row by row; a double sum of n float32 values is exact in any order while they span less than about
 * 2^(29 - log2 n) in magnitude, and beyond that differs only in a double's last bits.
 */
final class BlockwiseCoarsen {
    private static final AtomicLong TASKS = new AtomicLong();
    private final List<PointOp> ops;
    private final int factorRows;
    private final int factorCols;
    private final int rowStart;
    private final int colStart;
    private final CoarseCells cells;
    private double[] run = new double[0];
    /** Whether the operations are only {@code where(x > c)} or {@code where(x >= c)} and the reducer sums or counts. */
    private final boolean fused;
    private final double floor;
    private final boolean orEqual;

    private BlockwiseCoarsen(List<PointOp> ops, Reduction.Coarsen red, int rowStart, int colStart, CoarseCells cells) {
        this.ops = ops;
        this.factorRows = red.factorRows();
        this.factorCols = red.factorCols();
        this.rowStart = rowStart;
        this.colStart = colStart;
        this.cells = cells;
        Reducer r = red.reducer();
        // A chain of where(x > c) and where(x >= c) keeps what passes the strictest; none keeps all but NaN (x >= -inf)
        boolean thresholds = r == Reducer.MEAN || r == Reducer.SUM || r == Reducer.COUNT;
        double f = Double.NEGATIVE_INFINITY;
        boolean ge = true;
        for (PointOp op : ops) {
            if (op instanceof PointOp.Where w && Double.isNaN(w.other()) && w.condition() instanceof Condition.Compare c
                    && (c.op() == Condition.Op.GT || c.op() == Condition.Op.GE) && !Double.isNaN(c.value())) {
                if (c.value() > f || (c.value() == f && c.op() == Condition.Op.GT)) {
                    f = c.value();
                    ge = c.op() == Condition.Op.GE;
                }
            } else {
                thresholds = false;
            }
        }
        this.fused = thresholds;
        this.floor = f;
        this.orEqual = ge;
    }

    /**
     * Adds grid positions {@code [k0, k1) x [j0, j1)} of {@code expr} to {@code cells} block by block, if the stage is
     * of that form; false (and nothing added) if it is not.
     */
    static boolean addAll(Expr expr, DecodedRows[] layers, IndexMap rowMap, IndexMap colMap, int k0, int k1, int j0,
                          int j1, Reduction.Coarsen red, CoarseCells cells) {
        List<PointOp> ops = new ArrayList<>();
        Expr e = expr;
        while (e instanceof Expr.Unary u) {
            ops.add(0, u.op());
            e = u.child();
        }
        if (!(e instanceof Expr.Leaf leaf) || rowMap.step() != 1 || colMap.step() != 1 || !mergesExactly(red.reducer())
                || !keepsNaN(ops) || !layers[leaf.layer()].tilesApart()) {
            return false;
        }
        TASKS.incrementAndGet();
        BlockwiseCoarsen c = new BlockwiseCoarsen(ops, red, rowMap.start(), colMap.start(), cells);
        layers[leaf.layer()].forEachBlock(rowMap.at(k0), rowMap.at(k1 - 1) + 1, colMap.at(j0), colMap.at(j1 - 1) + 1,
                c::add);
        return true;
    }

    /** Tasks of this JVM that went block by block: tests check with it which way a job went. */
    static long tasks() {
        return TASKS.get();
    }

    private static boolean mergesExactly(Reducer r) {
        return r == Reducer.MEAN || r == Reducer.SUM || r == Reducer.COUNT || r == Reducer.MIN || r == Reducer.MAX;
    }

    /** Whether NaN stays NaN through the operations (so skipping the pixels no tile covers changes nothing). */
    private static boolean keepsNaN(List<PointOp> ops) {
        double[] v = {Double.NaN};
        for (PointOp op : ops) {
            op.apply(v, 1);
        }
        return Double.isNaN(v[0]);
    }

    private void add(Samples block, int row0, int rows, int col0, int cols, int offset, int stride) {
        if (fused && block instanceof Samples.F32 f) {
            int fineCol0 = col0 - colStart;
            for (int i = 0; i < rows; i++) {
                cells.addRunAbove((row0 + i - rowStart) / factorRows, f.values(), offset + i * stride, cols, fineCol0,
                        factorCols, floor, orEqual);
            }
            return;
        }
        if (run.length < cols) {
            run = new double[cols];
        }
        double[] v = run;
        int fineCol0 = col0 - colStart;
        for (int i = 0; i < rows; i++) {
            int p = offset + i * stride;
            if (block instanceof Samples.F32 f) {
                widen(f.values(), p, v, cols);
            } else {
                System.arraycopy(((Samples.F64) block).values(), p, v, 0, cols);
            }
            for (PointOp op : ops) {
                op.apply(v, cols);
            }
            cells.addRun((row0 + i - rowStart) / factorRows, v, cols, fineCol0, factorCols);
        }
    }

    private static void widen(float[] from, int p, double[] to, int n) {
        for (int j = 0; j < n; j++) {
            to[j] = from[p + j];
        }
    }
}
