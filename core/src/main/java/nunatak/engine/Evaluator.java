package nunatak.engine;

import java.util.List;
import nunatak.array.CoarseCells;
import nunatak.array.Grid;
import nunatak.array.MemoryEvaluator;
import nunatak.array.Node;

/**
 * Computes a node tree: the stages next to the data run as tasks on an engine, and whatever lies above them
 * (operations on a coarsened result, a coarsen of a coarsen) is finished in memory on the driver.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static Grid evaluate(Node node, Engine engine, ProgressListener progress) {
        return evaluate(node, engine, progress, false);
    }

    /** Like {@link #evaluate(Node, Engine, ProgressListener)}; {@code keep} asks the engine to keep the last stage's results. */
    public static Grid evaluate(Node node, Engine engine, ProgressListener progress, boolean keep) {
        Stage stage = Stage.of(node);
        if (stage != null) {
            return run(stage, engine, progress, keep);
        }
        return MemoryEvaluator.evaluate(materialize(node, engine, progress));
    }

    /** Replaces every subtree that still reads a mosaic by its computed values. */
    private static Node materialize(Node n, Engine engine, ProgressListener progress) {
        if (n instanceof Node.Memory) {
            return n;
        }
        if (n instanceof Node.Mosaic) {
            return new Node.Memory(evaluate(n, engine, progress));
        }
        if (n instanceof Node.Pointwise p) {
            return new Node.Pointwise(child(p.child(), engine, progress), p.op());
        }
        if (n instanceof Node.Index ix) {
            return new Node.Index(child(ix.child(), engine, progress), ix.rowMap(), ix.colMap());
        }
        Node.Coarsen c = (Node.Coarsen) n;
        return new Node.Coarsen(child(c.child(), engine, progress), c.factorRows(), c.factorCols(), c.boundary(),
                c.reducer());
    }

    private static Node child(Node c, Engine engine, ProgressListener progress) {
        return Stage.of(c) != null ? new Node.Memory(evaluate(c, engine, progress)) : materialize(c, engine, progress);
    }

    private static Grid run(Stage stage, Engine engine, ProgressListener progress, boolean keep) {
        List<BlockTask> tasks = StagePlanner.plan(stage);
        Stage.Reduction red = stage.reduction();
        if (red != null) {
            CoarseCells total = new CoarseCells(red.reducer(), 0, 0, red.rows(), red.cols());
            run(engine, keep, "coarsen " + red.factorRows() + "x" + red.factorCols() + " " + red.reducer().label(),
                    tasks, part -> total.merge(part.cells()), progress);
            return total.result(red.dtype());
        }
        Grid out = Grid.filled(stage.rowMap().count(), stage.colMap().count(), stage.valueType(),
                stage.valueType().isFloating() ? Double.NaN : 0);
        run(engine, keep, "read", tasks, part -> part.pieces().forEach(p -> out.paste(p.grid(), p.row0(), p.col0())),
                progress);
        return out;
    }

    private static void run(Engine engine, boolean keep, String job, List<BlockTask> tasks,
                            java.util.function.Consumer<StagePart> onResult, ProgressListener progress) {
        if (keep) {
            engine.runAndKeep(job, tasks, onResult, progress);
        } else {
            engine.run(job, tasks, onResult, progress);
        }
    }
}
