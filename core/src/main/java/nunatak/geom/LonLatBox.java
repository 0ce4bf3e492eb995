package nunatak.geom;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * A lon/lat box as STAC writes one ({@code bbox: [west, south, east, north]}); {@code west > east} means the box
 * crosses the antimeridian.
 *
 * <pre>{@code
 * LonLatBox ross = new LonLatBox(160, -86, -150, -77);        // crosses ±180°
 * PolarBox polar = ross.toPolar();                             // the EPSG:3031 box that holds it
 * }</pre>
 */
public record LonLatBox(double west, double south, double east, double north) implements Serializable {
    public static final LonLatBox WORLD = new LonLatBox(-180, -90, 180, 90);

    public LonLatBox {
        if (!(west >= -180 && west <= 180 && east >= -180 && east <= 180)) {
            throw new InvalidArgumentException("lon/lat box " + text(west, south, east, north) + ": longitudes must "
                    + "lie in [-180, 180]");
        }
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new InvalidArgumentException("lon/lat box " + text(west, south, east, north) + ": latitudes must "
                    + "lie in [-90, 90] with south <= north");
        }
    }

    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** Longitude span in degrees, counted eastwards from west to east (so 0..360). */
    public double lonSpan() {
        return crossesAntimeridian() ? east - west + 360 : east - west;
    }

    /** Whether the meridian {@code lon} (in [-180, 180]) lies within the box's longitudes. */
    public boolean holdsLon(double lon) {
        return crossesAntimeridian() ? lon >= west || lon <= east : lon >= west && lon <= east;
    }

    /** The smallest EPSG:3031 box holding every point of this box (see {@link BoxProjection}). */
    public PolarBox toPolar() {
        return BoxProjection.toPolar(this);
    }

    /** As STAC's {@code bbox}: west, south, east, north. */
    public double[] toArray() {
        return new double[] {west, south, east, north};
    }

    @Override
    public String toString() {
        return text(west, south, east, north);
    }

    private static String text(double w, double s, double e, double n) {
        return "[" + w + ", " + s + ", " + e + ", " + n + "]";
    }
}
