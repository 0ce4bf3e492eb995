package nunatak.array;

import nunatak.engine.Engine;

class LocalArrayPropertiesTest extends ArrayPropertiesContract {
    @Override
    protected Engine engine() {
        return Engine.local();
    }
}
