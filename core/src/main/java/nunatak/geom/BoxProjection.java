package nunatak.geom;

import nunatak.InvalidArgumentException;

/**
 * Exact bounding boxes across EPSG:4326 and EPSG:3031, for catalogue (STAC) searches. In a polar stereographic
 * projection meridians are straight rays from the pole and parallels are circles around it, so no densifying is
 * needed: a lon/lat box's projected extent is reached at its corners or where its bounding parallels cross the
 * ±x/±y axes (longitudes 0, ±90, ±180), and a projected box's latitudes are reached at its corner farthest from
 * the pole and its point nearest to it.
 *
 * <pre>{@code
 * PolarBox p = BoxProjection.toPolar(new LonLatBox(-180, -90, 180, -60));  // the disc around the pole
 * LonLatBox l = BoxProjection.toLonLat(new PolarBox(-100_000, -100_000, 100_000, 100_000));
 * // l = [-180, -90, 180, -89.1...]: the pole is inside
 * }</pre>
 */
public final class BoxProjection {
    private static final double[] CARDINAL_LONS = {-180, -90, 0, 90, 180};
    /** A box edge on the antimeridian (x = 0, y < 0) may land a rounding error past ±180°; that is not a crossing. */
    private static final double ANGLE_SLACK_DEGREES = 1e-9;

    private BoxProjection() {
    }

    /** The smallest EPSG:3031 box holding every point of the lon/lat box (all longitudes around the pole: a disc). */
    public static PolarBox toPolar(LonLatBox b) {
        if (b.north() >= 90) {
            throw new InvalidArgumentException("lon/lat box " + b + " reaches the North Pole, where EPSG:3031 is "
                    + "infinite: limit it to the southern latitudes you need (north < 90)");
        }
        double[] lons = {b.west(), b.east()};
        double[] lats = {b.south(), b.north()};
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double lat : lats) {
            for (double lon : lons) {
                XY p = Epsg3031.toPolar(lon, lat);
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            for (double lon : CARDINAL_LONS) {
                if (b.lonSpan() >= 360 || b.holdsLon(lon)) {
                    XY p = Epsg3031.toPolar(lon, lat);
                    minX = Math.min(minX, p.x());
                    minY = Math.min(minY, p.y());
                    maxX = Math.max(maxX, p.x());
                    maxY = Math.max(maxY, p.y());
                }
            }
        }
        return new PolarBox(minX, minY, maxX, maxY);
    }

    /**
     * The smallest lon/lat box holding every point of the EPSG:3031 box. With the South Pole inside, latitudes go
     * down to -90 and longitudes are all of [-180, 180]; a box crossing the antimeridian (the negative y axis) also
     * gets all longitudes, since not every catalogue understands west > east.
     */
    public static LonLatBox toLonLat(PolarBox b) {
        double[][] corners = {{b.minX(), b.minY()}, {b.maxX(), b.minY()}, {b.minX(), b.maxY()}, {b.maxX(), b.maxY()}};
        double north = -90;
        for (double[] c : corners) {
            north = Math.max(north, Epsg3031.toLonLat(c[0], c[1]).lat());
        }
        if (b.contains(0, 0)) {
            return new LonLatBox(-180, -90, 180, north);
        }
        double nearestX = Math.max(b.minX(), Math.min(0, b.maxX()));
        double nearestY = Math.max(b.minY(), Math.min(0, b.maxY()));
        double south = Epsg3031.toLonLat(nearestX, nearestY).lat();
        // The box does not hold the pole, so it spans less than 180° seen from it; angles measured from the
        // centre's direction never wrap, and the extreme ones are at corners (the box is convex).
        double centre = Math.atan2((b.minX() + b.maxX()) / 2, (b.minY() + b.maxY()) / 2);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] c : corners) {
            double d = Math.atan2(c[0], c[1]) - centre;
            d -= 2 * Math.PI * Math.rint(d / (2 * Math.PI));
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        double west = Math.toDegrees(centre + lo);
        double east = Math.toDegrees(centre + hi);
        if (west < -180 - ANGLE_SLACK_DEGREES || east > 180 + ANGLE_SLACK_DEGREES) {
            return new LonLatBox(-180, south, 180, north);
        }
        return new LonLatBox(Math.max(-180, west), south, Math.min(180, east), north);
    }
}
