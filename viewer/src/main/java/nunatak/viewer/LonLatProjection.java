package nunatak.viewer;

/**
 * Converts between the source's coordinates (EPSG:3031 metres) and WGS84 longitude/latitude in degrees. The
 * viewer uses {@link ProvisionalPolarStereographic} until core has a projection library.
 *
 * <pre>{@code
 * LonLatProjection p = new ProvisionalPolarStereographic();
 * double[] lonLat = p.toLonLat(0, 1_000_000);     // {0.0, -80.815...}
 * double[] xy = p.fromLonLat(lonLat[0], lonLat[1]);
 * }</pre>
 */
public interface LonLatProjection {

    /** {longitude, latitude} in degrees of the point (x, y). */
    double[] toLonLat(double x, double y);

    /** {x, y} of the point at longitude {@code lon}, latitude {@code lat} (degrees). */
    double[] fromLonLat(double lon, double lat);
}
