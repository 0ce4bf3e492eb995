package nunatak.array;

import nunatak.engine.Engine;
import nunatak.engine.JobStats;
import nunatak.engine.ProgressListener;
import nunatak.geom.PixelGrid;

/**
 * Computes a node tree on an engine. The planner that implements it sits above this package ({@code nunatak.plan},
 * which reads arrays' nodes), so arrays find it at run time instead of importing it.
 */
public interface ArrayEvaluator {

    /** @param keep asks the engine to keep the last stage's results where it computed them (persist) */
    Evaluated evaluate(Node node, Engine engine, ProgressListener progress, boolean keep);

    /** Zonal statistics of a node's values; {@code grid} is the node's pixel grid. */
    ZonalResult zonal(Node node, Zones zones, PixelGrid grid, Engine engine, ProgressListener progress);

    /**
     * Announces that {@code node} will be computed after the jobs that run next in this JVM, so they keep the blocks
     * it reads (see {@link DataArray#expectLater}). Plans only; an evaluator without a block cache does nothing.
     */
    default void expectLater(Node node) {
    }

    /** Partial statistics of every zone, merged, and what computing them did. */
    record ZonalResult(ZonalPartials partials, JobStats job) {
    }

    /** The evaluator on the class path (core's planner). */
    static ArrayEvaluator get() {
        return EvaluatorHolder.INSTANCE;
    }
}
