package nunatak.mosaic;

import nunatak.engine.Engine;

class LocalRemaV2SampleTest extends RemaV2SampleContract {
    @Override
    protected Engine engine() {
        return Engine.local();
    }
}
