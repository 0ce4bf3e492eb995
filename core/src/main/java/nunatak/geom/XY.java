package nunatak.geom;

import java.io.Serializable;

/**
 * A point in EPSG:3031 metres (x east of the pole along the 90°E meridian, y along the 0° meridian).
 *
 * <pre>{@code
 * XY p = Epsg3031.toPolar(new LonLat(0, -71));   // (0, 2_070_000-ish)
 * }</pre>
 */
public record XY(double x, double y) implements Serializable {
}
