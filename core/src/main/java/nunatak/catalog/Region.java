package nunatak.catalog;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * The part of the world a catalog is read for: a box in EPSG:3031 metres and the same area as a lon/lat box
 * (the caller projects one into the other). Either may be null, meaning "no limit" in that system; catalogs
 * are pruned with whichever box their metadata can be compared with (PGC's tile names and {@code proj:bbox}
 * with the EPSG:3031 box, STAC {@code bbox} and collection extents with the lon/lat box). Boxes are closed:
 * a tile that touches the region counts as intersecting it, so a line or a point is a valid region.
 *
 * <pre>{@code
 * Region r = Region.ofXy(-1_000_000, 600_000, -800_000, 800_000)
 *         .withLonLat(-59.04, -80.82, -45.0, -78.25);   // lon/lat of that box (pyproj transform_bounds)
 * }</pre>
 *
 * @param xy     EPSG:3031 box, or null
 * @param lonLat WGS84 box (minLon, minLat, maxLon, maxLat); minLon &gt; maxLon crosses the antimeridian as in
 *               GeoJSON; or null
 */
public record Region(Box xy, Box lonLat) implements Serializable {

    /** No limit: every tile of the catalog. */
    public static final Region ALL = new Region(null, null);

    /** An axis-aligned box; for lon/lat, {@code minX > maxX} means it crosses the antimeridian. */
    public record Box(double minX, double minY, double maxX, double maxY) implements Serializable {
        public Box {
            if (!Double.isFinite(minX) || !Double.isFinite(minY) || !Double.isFinite(maxX) || !Double.isFinite(maxY)
                    || minY > maxY) {
                throw new InvalidArgumentException("box (" + minX + ", " + minY + ", " + maxX + ", " + maxY
                        + ") is not valid: give finite minX, minY, maxX, maxY with minY <= maxY");
            }
        }

        /** (minX, minY, maxX, maxY), as STAC and GeoJSON write a bbox. */
        public double[] toArray() {
            return new double[] {minX, minY, maxX, maxY};
        }
    }

    public Region {
        if (xy != null && xy.minX() > xy.maxX()) {
            throw new InvalidArgumentException("EPSG:3031 box " + xy + " has minX > maxX");
        }
        if (lonLat != null && (Math.abs(lonLat.minX()) > 180 || Math.abs(lonLat.maxX()) > 180
                || lonLat.minY() < -90 || lonLat.maxY() > 90)) {
            throw new InvalidArgumentException("lon/lat box " + lonLat
                    + " is outside -180..180 degrees of longitude or -90..90 of latitude");
        }
    }

    /** A region given by its EPSG:3031 box only. */
    public static Region ofXy(double minX, double minY, double maxX, double maxY) {
        return new Region(new Box(minX, minY, maxX, maxY), null);
    }

    /** A region given by its lon/lat box only. */
    public static Region ofLonLat(double minLon, double minLat, double maxLon, double maxLat) {
        return new Region(null, new Box(minLon, minLat, maxLon, maxLat));
    }

    public Region withLonLat(double minLon, double minLat, double maxLon, double maxLat) {
        return new Region(xy, new Box(minLon, minLat, maxLon, maxLat));
    }

    /** Whether EPSG:3031 bounds (minX, minY, maxX, maxY) may hold part of the region; true without an xy box. */
    public boolean intersectsXy(double[] bounds) {
        return xy == null || (bounds[0] <= xy.maxX() && xy.minX() <= bounds[2]
                && bounds[1] <= xy.maxY() && xy.minY() <= bounds[3]);
    }

    /**
     * Whether a lon/lat bbox (minLon, minLat, maxLon, maxLat; minLon &gt; maxLon crossing the antimeridian)
     * may hold part of the region; true without a lon/lat box.
     */
    public boolean intersectsLonLat(double[] bbox) {
        if (lonLat == null) {
            return true;
        }
        if (bbox[1] > lonLat.maxY() || lonLat.minY() > bbox[3]) {
            return false;
        }
        for (double[] a : lonIntervals(bbox[0], bbox[2])) {
            for (double[] b : lonIntervals(lonLat.minX(), lonLat.maxX())) {
                if (a[0] <= b[1] && b[0] <= a[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[][] lonIntervals(double west, double east) {
        return west <= east ? new double[][] {{west, east}} : new double[][] {{west, 180}, {-180, east}};
    }
}
