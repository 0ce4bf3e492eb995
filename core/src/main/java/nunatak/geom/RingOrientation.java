package nunatak.geom;

import org.locationtech.jts.geom.CoordinateSequence;

/**
 * Whether a closed ring runs clockwise, decided exactly as GDAL 3.6's {@code OGRLineString::isClockwise} (which
 * OGR's linear rings use): the turn at the lowest, then rightmost, vertex, falling back to the shoelace sum when
 * that vertex is repeated or a neighbour lies within 1e-5 of it. GDAL's rasterizer turns every ring clockwise
 * before filling, and which way a horizontal edge runs decides whether it is filled, so masks must agree with GDAL
 * on this even for degenerate rings.
 *
 * <pre>{@code
 * Polygon polygon = (Polygon) GeoJsonReader.read(Path.of("basins.geojson"), Crs.EPSG_4326).get(0).geometry();
 * boolean cw = RingOrientation.isClockwise(polygon.getExteriorRing().getCoordinateSequence());
 * }</pre>
 */
public final class RingOrientation {
    private static final double EPSILON = 1.0e-5;

    private RingOrientation() {
    }

    public static boolean isClockwise(CoordinateSequence ring) {
        int n = ring.size();
        if (n < 2) {
            return true;
        }
        boolean useFallback = false;
        int v = 0;
        for (int i = 1; i < n - 1; i++) {
            double y = ring.getY(i);
            double x = ring.getX(i);
            if (y < ring.getY(v) || (y == ring.getY(v) && x > ring.getX(v))) {
                v = i;
                useFallback = false;
            } else if (y == ring.getY(v) && x == ring.getX(v)) {
                useFallback = true;
            }
        }
        int previous = v - 1 < 0 ? n - 2 : v - 1;
        useFallback |= near(ring, previous, v);
        double dx0 = ring.getX(previous) - ring.getX(v);
        double dy0 = ring.getY(previous) - ring.getY(v);
        int next = v + 1 >= n - 1 ? 0 : v + 1;
        useFallback |= near(ring, next, v);
        double dx1 = ring.getX(next) - ring.getX(v);
        double dy1 = ring.getY(next) - ring.getY(v);
        double cross = dx1 * dy0 - dx0 * dy1;
        if (!useFallback) {
            if (cross > 0) {
                return false;
            } else if (cross < 0) {
                return true;
            }
        }
        double sum = ring.getX(0) * (ring.getY(1) - ring.getY(n - 1));
        for (int i = 1; i < n - 1; i++) {
            sum += ring.getX(i) * (ring.getY(i + 1) - ring.getY(i - 1));
        }
        sum += ring.getX(n - 1) * (ring.getY(0) - ring.getY(n - 2));
        return sum < 0;
    }

    private static boolean near(CoordinateSequence ring, int a, int b) {
        return Math.abs(ring.getX(a) - ring.getX(b)) < EPSILON && Math.abs(ring.getY(a) - ring.getY(b)) < EPSILON;
    }
}
