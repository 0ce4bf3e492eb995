package nunatak.viewer;

import java.util.Locale;
import java.util.Map;

/**
 * What REMA's layers hold, by name, for labels and colour bars: heights and their spread in metres, counts and
 * dates without units. Unknown names get no units and their own name as description.
 */
final class LayerKinds {
    private record Kind(String longName, String units, String colormap) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "dem", new Kind("height above the WGS84 ellipsoid", "m", "terrain"),
            "mad", new Kind("median absolute deviation of the heights", "m", "magma"),
            "count", new Kind("number of DEMs contributing", "", "viridis"),
            "mindate", new Kind("earliest acquisition", "days", "cividis"),
            "maxdate", new Kind("latest acquisition", "days", "cividis"),
            "datamask", new Kind("data mask", "", "gray"),
            "browse", new Kind("hillshade image of the source", "", "gray"),
            ViewSource.HILLSHADE, new Kind("relief (gdaldem hillshade)", "", "gray"));

    private LayerKinds() {
    }

    static String units(String layer) {
        Kind k = KINDS.get(layer.toLowerCase(Locale.ROOT));
        return k == null ? "" : k.units();
    }

    static String longName(String layer) {
        Kind k = KINDS.get(layer.toLowerCase(Locale.ROOT));
        return k == null ? layer : k.longName();
    }

    /** The colour map a layer starts with; "viridis" for layers the viewer does not know. */
    static String colormap(String layer) {
        Kind k = KINDS.get(layer.toLowerCase(Locale.ROOT));
        return k == null ? "viridis" : k.colormap();
    }
}
