package nunatak.array;

import nunatak.engine.Engine;

/** The analysis references on the local engine. */
class LocalAnalysisTest extends AnalysisContract {
    @Override
    protected Engine engine() {
        return Engine.local();
    }
}
