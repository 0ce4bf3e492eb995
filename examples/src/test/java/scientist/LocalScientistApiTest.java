package scientist;

import nunatak.engine.Engine;

/** The scientist's program on the default engine: all cores of this JVM. */
class LocalScientistApiTest extends ScientistApiContract {
    @Override
    protected Engine engine() {
        return Engine.local();
    }
}
