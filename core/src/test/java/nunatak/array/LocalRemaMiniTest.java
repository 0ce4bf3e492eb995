package nunatak.array;

import nunatak.engine.Engine;

class LocalRemaMiniTest extends RemaMiniContract {
    @Override
    protected Engine engine() {
        return Engine.local();
    }
}
