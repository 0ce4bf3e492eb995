package nunatak.geom;

import java.io.Serializable;

/**
 * A point on WGS84 in degrees: longitude in [-180, 180], latitude in [-90, 90].
 *
 * <pre>{@code
 * LonLat p = Epsg3031.toLonLat(new XY(0, 1_000_000));   // lon 0, lat ≈ -81.1
 * }</pre>
 */
public record LonLat(double lon, double lat) implements Serializable {
}
