package nunatak.mosaic;

import nunatak.engine.Engine;

class LocalMosaicSourcesTest extends MosaicSourcesContract {
    @Override
    protected Engine engine() {
        return Engine.local();
    }
}
