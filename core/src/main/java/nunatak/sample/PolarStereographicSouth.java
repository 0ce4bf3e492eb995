package nunatak.sample;

/**
 * EPSG:3031 (WGS 84 / Antarctic Polar Stereographic, true scale at 71° S) back to lon/lat, and the exact lon/lat
 * box of an EPSG:3031 rectangle, for the STAC metadata of sample tiles. Snyder (1987), polar stereographic on
 * the ellipsoid, south aspect; the latitude is found by fixed-point iteration to full double precision.
 */
final class PolarStereographicSouth {
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E = Math.sqrt(F * (2 - F));
    private static final double TRUE_SCALE = Math.toRadians(71);
    private static final double M_C =
            Math.cos(TRUE_SCALE) / Math.sqrt(1 - E * E * Math.sin(TRUE_SCALE) * Math.sin(TRUE_SCALE));
    private static final double T_C = t(TRUE_SCALE);

    private PolarStereographicSouth() {
    }

    private static double t(double phi) {
        double es = E * Math.sin(phi);
        return Math.tan(Math.PI / 4 - phi / 2) / Math.pow((1 - es) / (1 + es), E / 2);
    }

    /** Latitude in degrees (-90 at the pole) of every point at distance {@code rho} metres from the pole. */
    static double latitude(double rho) {
        double t = rho * T_C / (A * M_C);
        double phi = Math.PI / 2 - 2 * Math.atan(t);
        for (int i = 0; i < 30; i++) {
            double es = E * Math.sin(phi);
            double next = Math.PI / 2 - 2 * Math.atan(t * Math.pow((1 - es) / (1 + es), E / 2));
            if (Math.abs(next - phi) < 1e-15) {
                phi = next;
                break;
            }
            phi = next;
        }
        return -Math.toDegrees(phi);
    }

    /** Longitude in degrees of (x, y); the 0° meridian runs up the y axis, 180° down it. */
    static double longitude(double x, double y) {
        return Math.toDegrees(Math.atan2(x, y));
    }

    /** (lon, lat) in degrees of an EPSG:3031 point. */
    static double[] toLonLat(double x, double y) {
        return new double[] {longitude(x, y), latitude(Math.hypot(x, y))};
    }

    /**
     * The lon/lat bbox (west, south, east, north) of a rectangle: latitude depends only on the distance from the
     * pole (nearest point to farthest corner); longitude is spanned by the corners, all of them when the
     * rectangle holds the pole. A rectangle across the 180° meridian (x = 0, y &lt; 0) gets west &gt; east, as GeoJSON
     * writes such boxes.
     */
    static double[] lonLatBox(double minX, double minY, double maxX, double maxY) {
        double nx = Math.max(minX, Math.min(0, maxX));
        double ny = Math.max(minY, Math.min(0, maxY));
        double far = Math.max(Math.hypot(minX, minY), Math.max(Math.hypot(minX, maxY),
                Math.max(Math.hypot(maxX, minY), Math.hypot(maxX, maxY))));
        double south = latitude(Math.hypot(nx, ny));
        double north = latitude(far);
        if (minX <= 0 && maxX >= 0 && minY <= 0 && maxY >= 0) {
            return new double[] {-180, -90, 180, north};
        }
        double[] xs = {minX, maxX, minX, maxX};
        double[] ys = {minY, minY, maxY, maxY};
        boolean across = minX < 0 && maxX > 0 && maxY < 0;
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        double acrossWest = Double.POSITIVE_INFINITY;
        double acrossEast = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
            // A corner on the 180° ray belongs to the side the rectangle lies on.
            double lon = xs[k] == 0 && ys[k] < 0 ? (minX < 0 ? -180 : 180) : longitude(xs[k], ys[k]);
            west = Math.min(west, lon);
            east = Math.max(east, lon);
            if (lon > 0) {
                acrossWest = Math.min(acrossWest, lon);
            } else {
                acrossEast = Math.max(acrossEast, lon);
            }
        }
        return across ? new double[] {acrossWest, south, acrossEast, north} : new double[] {west, south, east, north};
    }
}
