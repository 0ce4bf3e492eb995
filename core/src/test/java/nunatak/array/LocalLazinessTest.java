package nunatak.array;

import nunatak.engine.Engine;

class LocalLazinessTest extends LazinessContract {
    @Override
    protected Engine engine() {
        return Engine.local();
    }
}
