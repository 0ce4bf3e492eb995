package nunatak.array;

import nunatak.engine.Engine;
import nunatak.engine.ProgressListener;

/** Runs an array's expression and wraps the values in an array with the same labels. */
final class Evaluation {
    private Evaluation() {
    }

    /** @param keep persist: keep the chunk structure, and ask the engine to keep the results */
    static DataArray run(DataArray a, Engine engine, ProgressListener progress, boolean keep) {
        Evaluated e = ArrayEvaluator.get().evaluate(a.node(), engine, progress, keep);
        ArrayParts b = a.parts();
        b.node = new Node.Memory(e.grid());
        if (!keep) {
            b.chunks = new int[][] {new int[] {e.grid().rows()}, new int[] {e.grid().cols()}};
        }
        b.job = e.job();
        return new DataArray(b);
    }
}
