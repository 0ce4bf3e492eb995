package nunatak.plan;

import java.util.List;
import java.util.function.Consumer;
import nunatak.array.ArrayEvaluator;
import nunatak.array.CoarseCells;
import nunatak.array.Evaluated;
import nunatak.array.Grid;
import nunatak.array.MemoryEvaluator;
import nunatak.array.Node;
import nunatak.array.ZonalPartials;
import nunatak.array.Zones;
import nunatak.engine.Engine;
import nunatak.engine.JobStats;
import nunatak.engine.ProgressListener;
import nunatak.geom.PixelGrid;
import nunatak.source.IoCounter;

/**
 * Computes a node tree: the stages next to the data run as tasks on an engine, and whatever lies above them
 * (operations on a coarsened result, a coarsen of a coarsen) is finished in memory on the driver. Partial results
 * are merged in plan order, so the output is the same bytes on every run and every engine.
 */
public final class PlannedEvaluator implements ArrayEvaluator {

    @Override
    public Evaluated evaluate(Node node, Engine engine, ProgressListener progress, boolean keep) {
        JobStats[] job = {JobStats.NONE};
        Grid g = evaluate(node, engine, progress, keep, job);
        return new Evaluated(g, job[0]);
    }

    private Grid evaluate(Node node, Engine engine, ProgressListener progress, boolean keep, JobStats[] job) {
        Stage stage = Stage.of(node);
        if (stage != null) {
            return run(stage, engine, progress, keep, job);
        }
        return MemoryEvaluator.evaluate(materialize(node, engine, progress, job));
    }

    @Override
    public ZonalResult zonal(Node node, Zones zones, PixelGrid grid, Engine engine, ProgressListener progress) {
        Stage s = Stage.of(node);
        if (s == null || s.reduction() != null || s.rowMap().step() != 1 || s.colMap().step() != 1) {
            Evaluated e = evaluate(node, engine, progress, false);
            return new ZonalResult(MemoryEvaluator.zonal(e.grid(), zones, grid), e.job());
        }
        Stage zs = s.zonal(zones, grid);
        long t0 = System.nanoTime();
        List<StageTask> tasks = StagePlanner.plan(zs);
        ZonalPartials total = new ZonalPartials(zones.zones().size(), zones.hypsometryBin());
        OrderedMerge<ZonalPartials> merge = new OrderedMerge<>(total::merge);
        IoCounter io = new IoCounter();
        engine.run("zonal statistics of " + zones.zones().size() + " zones", tasks, part -> {
            io.add(part.io());
            merge.accept(part.task(), part.zonal());
        }, progress);
        return new ZonalResult(total, stats(engine, tasks, io, t0));
    }

    @Override
    public void expectLater(Node n) {
        Stage stage = Stage.of(n);
        if (stage != null) {
            for (StageTask t : StagePlanner.plan(stage)) {
                t.layers().forEach(nunatak.blocks.TaskLayer::expectLater);
            }
        } else if (n instanceof Node.Binary b) {
            expectLater(b.left());
            expectLater(b.right());
        } else if (!(n instanceof Node.Memory) && !(n instanceof Node.Mosaic)) {
            expectLater(child(n));
        }
    }

    private static Node child(Node n) {
        if (n instanceof Node.Pointwise p) {
            return p.child();
        }
        if (n instanceof Node.Index ix) {
            return ix.child();
        }
        if (n instanceof Node.Neighbourhood nb) {
            return nb.child();
        }
        if (n instanceof Node.Sample s) {
            return s.child();
        }
        return ((Node.Coarsen) n).child();
    }

    /** Replaces every subtree that still reads a mosaic by its computed values. */
    private Node materialize(Node n, Engine engine, ProgressListener progress, JobStats[] job) {
        if (n instanceof Node.Memory) {
            return n;
        }
        if (Stage.of(n) != null) {
            return new Node.Memory(evaluate(n, engine, progress, false, job));
        }
        if (n instanceof Node.Mosaic) {
            throw new IllegalStateException("a mosaic node is always a stage");
        }
        if (n instanceof Node.Pointwise p) {
            return new Node.Pointwise(materialize(p.child(), engine, progress, job), p.op());
        }
        if (n instanceof Node.Binary b) {
            return new Node.Binary(materialize(b.left(), engine, progress, job), materialize(b.right(), engine, progress, job),
                    b.op());
        }
        if (n instanceof Node.Index ix) {
            return new Node.Index(materialize(ix.child(), engine, progress, job), ix.rowMap(), ix.colMap());
        }
        if (n instanceof Node.Neighbourhood nb) {
            return new Node.Neighbourhood(materialize(nb.child(), engine, progress, job), nb.kernel());
        }
        if (n instanceof Node.Sample s) {
            return new Node.Sample(materialize(s.child(), engine, progress, job), s.x(), s.y(), s.method(), s.grid());
        }
        Node.Coarsen c = (Node.Coarsen) n;
        return new Node.Coarsen(materialize(c.child(), engine, progress, job), c.factorRows(), c.factorCols(),
                c.boundary(), c.reducer());
    }

    private static Grid run(Stage stage, Engine engine, ProgressListener progress, boolean keep, JobStats[] job) {
        long t0 = System.nanoTime();
        List<StageTask> tasks = StagePlanner.plan(stage);
        IoCounter io = new IoCounter();
        Grid g = run(stage, tasks, engine, part -> io.add(part.io()), progress, keep);
        job[0] = job[0].plus(stats(engine, tasks, io, t0));
        return g;
    }

    /** What the tasks did: their blocks, and the I/O each task measured where it ran. */
    private static JobStats stats(Engine engine, List<StageTask> tasks, IoCounter io, long t0) {
        long blocks = 0;
        for (StageTask t : tasks) {
            blocks += t.blockCount();
        }
        return new JobStats(engine.name(), tasks.size(), blocks, io.requests(), io.bytes(), io.cacheHits(),
                io.retries(), (System.nanoTime() - t0) / 1e9);
    }

    private static Grid run(Stage stage, List<StageTask> tasks, Engine engine, Consumer<StagePart> seen,
                            ProgressListener progress, boolean keep) {
        if (stage.reduction() instanceof Reduction.Coarsen red) {
            CoarseCells total = new CoarseCells(red.reducer(), 0, 0, red.rows(), red.cols());
            OrderedMerge<CoarseCells> merge = new OrderedMerge<>(total::merge);
            run(engine, keep, "coarsen " + red.factorRows() + "x" + red.factorCols() + " " + red.reducer().label(),
                    tasks, part -> {
                        seen.accept(part);
                        merge.accept(part.task(), part.cells());
                    }, progress);
            return total.result(red.dtype());
        }
        if (stage.reduction() instanceof Reduction.Sample s) {
            Grid out = Grid.filled(1, s.x().length, s.dtype(), Double.NaN);
            run(engine, keep, "sample " + s.x().length + " points", tasks, part -> {
                seen.accept(part);
                for (int i = 0; i < part.sampleIndex().length; i++) {
                    out.set(part.sampleIndex()[i], part.sampleValues()[i]);
                }
            }, progress);
            return out;
        }
        Grid out = Grid.filled(stage.rowMap().count(), stage.colMap().count(), stage.valueType(),
                stage.valueType().isFloating() ? Double.NaN : 0);
        run(engine, keep, "read", tasks, part -> {
            seen.accept(part);
            part.pieces().forEach(p -> out.paste(p.grid(), p.row0(), p.col0()));
        }, progress);
        return out;
    }

    private static void run(Engine engine, boolean keep, String job, List<StageTask> tasks,
                            Consumer<StagePart> onResult, ProgressListener progress) {
        if (keep) {
            engine.runAndKeep(job, tasks, onResult, progress);
        } else {
            engine.run(job, tasks, onResult, progress);
        }
    }
}
