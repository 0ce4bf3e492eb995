package nunatak.analysis;

import java.util.Locale;
import nunatak.InvalidArgumentException;

/**
 * What {@link HornKernel} computes, as {@code gdaldem} names it: slope in degrees, aspect in degrees clockwise
 * from north (NaN where flat), or hillshade as gdaldem's Byte values 1..255.
 *
 * <pre>{@code
 * TerrainProduct p = TerrainProduct.parse("hillshade");
 * }</pre>
 */
public enum TerrainProduct {
    SLOPE, ASPECT, HILLSHADE;

    public static TerrainProduct parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("terrain product '" + name + "' is not one of slope, aspect, hillshade",
                    e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
