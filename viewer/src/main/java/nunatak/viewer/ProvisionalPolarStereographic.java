package nunatak.viewer;

import nunatak.InvalidArgumentException;

/**
 * PROVISIONAL: EPSG:3031 (WGS84 / Antarctic Polar Stereographic, latitude of true scale 71° S) in closed form,
 * Snyder's "Map Projections: A Working Manual" (1987), equations 21-33, 21-34 forward and 7-9 iterated inverse,
 * applied to the south pole by the usual sign change. Replace it with core's projection (proj4j or Apache SIS)
 * when that lands; it only has to implement {@link LonLatProjection}.
 *
 * <pre>{@code
 * double[] xy = new ProvisionalPolarStereographic().fromLonLat(45, -75);   // {1158794.74..., 1158794.74...}
 * }</pre>
 */
public final class ProvisionalPolarStereographic implements LonLatProjection {
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    private static final double LAT_TS = Math.toRadians(71);
    /** a·m_c / t_c: the radius per unit t, fixed by the latitude of true scale. */
    private static final double SCALE = A * Math.cos(LAT_TS) / Math.sqrt(1 - E2 * Math.sin(LAT_TS) * Math.sin(LAT_TS))
            / t(LAT_TS);

    @Override
    public double[] fromLonLat(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new InvalidArgumentException("longitude " + lon + ", latitude " + lat
                    + " is not a point on Earth: give degrees, latitude between -90 and 90");
        }
        // The north-pole formulas at (-lat, -lon), then x and y negated, give the south-polar projection.
        double rho = SCALE * t(Math.toRadians(-lat));
        double lambda = Math.toRadians(lon);
        return new double[] {rho * Math.sin(lambda), rho * Math.cos(lambda)};
    }

    @Override
    public double[] toLonLat(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new InvalidArgumentException("x " + x + ", y " + y + " must be finite EPSG:3031 metres");
        }
        double t = Math.hypot(x, y) / SCALE;
        double phi = Math.PI / 2 - 2 * Math.atan(t);
        for (int i = 0; i < 15; i++) {
            double s = E * Math.sin(phi);
            double next = Math.PI / 2 - 2 * Math.atan(t * Math.pow((1 - s) / (1 + s), E / 2));
            if (Math.abs(next - phi) < 1e-14) {
                phi = next;
                break;
            }
            phi = next;
        }
        double lon = x == 0 && y == 0 ? 0 : Math.toDegrees(Math.atan2(x, y));
        return new double[] {lon, -Math.toDegrees(phi)};
    }

    /** Snyder's t (equation 15-9) for the north pole at latitude {@code phi} (radians). */
    private static double t(double phi) {
        double s = E * Math.sin(phi);
        return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - s) / (1 + s), E / 2);
    }
}
