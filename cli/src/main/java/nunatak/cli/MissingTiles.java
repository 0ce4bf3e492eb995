package nunatak.cli;

import nunatak.array.Dataset;
import nunatak.mosaic.Mosaic;

/** The one warning line about tiles that do not exist, for the layers a command opened. */
final class MissingTiles {
    private MissingTiles() {
    }

    static String warning(Dataset ds) {
        for (String name : ds.names()) {
            String w = Mosaic.missingWarning(ds.layout(name));
            if (w != null) {
                return w;
            }
        }
        return null;
    }
}
