package nunatak.mosaic;

import java.util.Map;
import nunatak.InvalidArgumentException;

/**
 * Named templates for published mosaics, with the base URL replaceable by a mirror.
 *
 * <pre>{@code
 * Presets.template("rema-v1-8m", null);
 * //   gs://pangeo-pgc/8m/{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif
 * Presets.template("rema-v1-8m", "https://mirror.example.org/rema/8m/");
 * //   https://mirror.example.org/rema/8m/{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif
 * }</pre>
 */
public final class Presets {
    /** A preset: where the files live and the path of a tile below it. */
    public record Preset(String baseUrl, String path, String description) {
    }

    private static final Map<String, Preset> PRESETS = Map.of(
            "rema-v1-8m", new Preset("gs://pangeo-pgc/8m/", "{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif",
                    "REMA v1 8 m DEM tiles, 12500 x 12500 px, as used by the Pangeo REMA notebook"));

    private Presets() {
    }

    public static String template(String name, String baseUrl) {
        Preset p = PRESETS.get(name);
        if (p == null) {
            throw new InvalidArgumentException("unknown preset '" + name + "'; known presets: "
                    + new java.util.TreeSet<>(PRESETS.keySet()));
        }
        String base = baseUrl == null ? p.baseUrl() : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + p.path();
    }
}
