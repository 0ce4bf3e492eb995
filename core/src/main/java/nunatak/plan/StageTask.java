package nunatak.plan;

import java.util.ArrayList;
import java.util.List;
import nunatak.array.CoarseCells;
import nunatak.array.Dtype;
import nunatak.array.Grid;
import nunatak.array.IndexMap;
import nunatak.analysis.PointSampler;
import nunatak.blocks.DecodedRows;
import nunatak.blocks.LayerBytes;
import nunatak.blocks.TaskLayer;
import nunatak.engine.Task;
import nunatak.source.IoCounter;

/**
 * Computes one window of a stage: the grid positions {@code [k0, k1) x [j0, j1)} (or some sample points) from the
 * blocks of each layer that hold them and their halo. It carries descriptors only, and runs alike on every engine:
 * {@link #fetch()} is the I/O, {@link #compute} decodes rows top to bottom and evaluates the stage's expression.
 */
final class StageTask implements Task<StageTask.Fetched, StagePart> {
    private static final long serialVersionUID = 1L;
    /** System property that keeps every coarsen to rows, for benchmarks and tests that compare the two ways. */
    static final String ROWWISE = "nunatak.rowwiseCoarsen";

    private final int index;
    private final Expr expr;
    private final int sourceRows;
    private final int sourceCols;
    private final IndexMap rowMap;
    private final IndexMap colMap;
    private final int k0;
    private final int k1;
    private final int j0;
    private final int j1;
    private final Reduction reduction;
    private final int[] points;
    private final Dtype valueType;
    private final List<TaskLayer> layers;

    /** The bytes of every layer, and what fetching them cost. */
    record Fetched(LayerBytes[] layers, IoCounter io) implements java.io.Serializable {
    }

    /** @param points for a sampling stage, the indices of this task's points (sorted by row), else null */
    StageTask(int index, Stage s, int k0, int k1, int j0, int j1, int[] points, List<TaskLayer> layers) {
        this.index = index;
        this.expr = s.expr();
        this.sourceRows = s.sourceRows();
        this.sourceCols = s.sourceCols();
        this.rowMap = s.rowMap();
        this.colMap = s.colMap();
        this.k0 = k0;
        this.k1 = k1;
        this.j0 = j0;
        this.j1 = j1;
        this.reduction = points == null ? s.reduction() : subset((Reduction.Sample) s.reduction(), points);
        this.points = points;
        this.valueType = s.valueType();
        this.layers = List.copyOf(layers);
    }

    private static Reduction.Sample subset(Reduction.Sample all, int[] points) {
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            x[i] = all.x()[points[i]];
            y[i] = all.y()[points[i]];
        }
        return new Reduction.Sample(x, y, all.method(), all.grid(), all.dtype());
    }

    List<TaskLayer> layers() {
        return layers;
    }

    @Override
    public long bytes() {
        long b = 0;
        for (TaskLayer l : layers) {
            b += l.bytes();
        }
        return b;
    }

    long blockCount() {
        long n = 0;
        for (TaskLayer l : layers) {
            n += l.blocks().size();
        }
        return n;
    }

    @Override
    public int locality() {
        return layers.isEmpty() ? -1 : layers.get(0).firstTile();
    }

    @Override
    public String describe() {
        String what = points != null ? points.length + " points" : "rows " + k0 + ".." + (k1 - 1) + " x columns " + j0
                + ".." + (j1 - 1);
        return "task " + index + " (" + what + ", " + layers.get(0) + ")";
    }

    @Override
    public Fetched fetch() {
        IoCounter io = new IoCounter();
        LayerBytes[] out = new LayerBytes[layers.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = layers.get(i).fetch(io);
        }
        return new Fetched(out, io);
    }

    @Override
    public StagePart compute(Fetched fetched) {
        return compute(fetched.layers()).withIo(fetched.io());
    }

    private StagePart compute(LayerBytes[] fetched) {
        DecodedRows[] decoded = new DecodedRows[layers.size()];
        for (int i = 0; i < decoded.length; i++) {
            decoded[i] = layers.get(i).decode(fetched[i]);
        }
        try {
            if (reduction instanceof Reduction.Coarsen c) {
                return coarsen(c, decoded);
            }
            RowSource src = RowSource.compile(expr, decoded, sourceRows, sourceCols);
            if (reduction instanceof Reduction.Sample s) {
                return samples(src, s);
            }
            if (reduction instanceof Reduction.Zonal z) {
                return new StagePart(index, List.of(), null, null, null, ZonalTask.compute(src, z, k0, k1, j0, j1));
            }
            return values(src);
        } finally {
            for (DecodedRows d : decoded) {
                d.release();
            }
        }
    }

    private StagePart values(RowSource src) {
        int n = j1 - j0;
        Grid piece = Grid.allocate(k1 - k0, n, valueType);
        double[] buf = new double[n];
        for (int k = k0; k < k1; k++) {
            src.row(rowMap.at(k), colMap.at(j0), colMap.step(), n, buf);
            piece.setRun((k - k0) * n, buf, 0, n);
        }
        return new StagePart(index, List.of(new StagePart.Piece(k0, j0, piece)), null, null, null, null);
    }

    private StagePart coarsen(Reduction.Coarsen red, DecodedRows[] decoded) {
        int r0 = k0 / red.factorRows();
        int c0 = j0 / red.factorCols();
        CoarseCells cells = new CoarseCells(red.reducer(), r0, c0, (k1 - 1) / red.factorRows() - r0 + 1,
                (j1 - 1) / red.factorCols() - c0 + 1);
        if (!Boolean.getBoolean(ROWWISE)
                && BlockwiseCoarsen.addAll(expr, decoded, rowMap, colMap, k0, k1, j0, j1, red, cells)) {
            return new StagePart(index, List.of(), cells, null, null, null);
        }
        RowSource src = RowSource.compile(expr, decoded, sourceRows, sourceCols);
        int n = j1 - j0;
        double[] buf = new double[n];
        for (int k = k0; k < k1; k++) {
            src.row(rowMap.at(k), colMap.at(j0), colMap.step(), n, buf);
            cells.addRun(k / red.factorRows(), buf, n, j0, red.factorCols());
        }
        return new StagePart(index, List.of(), cells, null, null, null);
    }

    private StagePart samples(RowSource src, Reduction.Sample s) {
        double[] values = new double[points.length];
        PointSampler sampler = s.sampler(sourceRows, sourceCols);
        for (int i = 0; i < points.length; i++) {
            values[i] = sampler.sample(s.x()[i], s.y()[i], (r, c) -> src.at((int) r, (int) c));
        }
        return new StagePart(index, new ArrayList<>(), null, points, values, null);
    }
}
