package nunatak.geom;

import org.locationtech.jts.geom.CoordinateSequence;

/**
 * Whether a closed ring runs clockwise, decided exactly as GDAL 3.6's {@code OGRCurve::isClockwise}: the turn at
 * the lowest (then rightmost) vertex, falling back to the shoelace sum when that vertex is repeated or its
 * neighbours coincide with it within 1e-5. GDAL's rasterizer turns every ring clockwise before filling, and which
 * way a horizontal edge runs decides whether it is filled, so masks must agree with GDAL on this, quirks included:
 * when the ring's first vertex is the lowest, 3.6 compares its turn against the point (0, 0).
 *
 * <pre>{@code
 * boolean cw = RingOrientation.isClockwise(polygon.getExteriorRing().getCoordinateSequence());
 * }</pre>
 */
public final class RingOrientation {
    private static final double EPSILON = 1.0e-5;

    private RingOrientation() {
    }

    public static boolean isClockwise(CoordinateSequence ring) {
        int n = ring.size();
        if (n < 3) {
            return true;
        }
        boolean useFallback = false;
        double startX = ring.getX(0);
        double startY = ring.getY(0);
        double beforeX = startX;
        double beforeY = startY;
        double beforeSelX = 0;
        double beforeSelY = 0;
        double selX = startX;
        double selY = startY;
        double nextSelX = 0;
        double nextSelY = 0;
        boolean nextIsNextSel = false;
        int v = 0;
        for (int i = 1; i < n - 1; i++) {
            double x = ring.getX(i);
            double y = ring.getY(i);
            if (nextIsNextSel) {
                nextSelX = x;
                nextSelY = y;
                nextIsNextSel = false;
            }
            if (y < selY || (y == selY && x > selX)) {
                v = i;
                beforeSelX = beforeX;
                beforeSelY = beforeY;
                selX = x;
                selY = y;
                useFallback = false;
                nextIsNextSel = true;
            } else if (y == selY && x == selX) {
                useFallback = true;
            }
            beforeX = x;
            beforeY = y;
        }
        double lastX = ring.getX(n - 2);
        double lastY = ring.getY(n - 2);
        if (nextIsNextSel) {
            nextSelX = lastX;
            nextSelY = lastY;
        }
        if (v == 0) {
            beforeSelX = lastX;
            beforeSelY = lastY;
        }
        if (Math.abs(beforeSelX - selX) < EPSILON && Math.abs(beforeSelY - selY) < EPSILON) {
            useFallback = true;
        }
        double dx0 = beforeSelX - selX;
        double dy0 = beforeSelY - selY;
        if (v + 1 >= n - 1) {
            nextSelX = startX;
            nextSelY = startY;
        }
        if (Math.abs(nextSelX - selX) < EPSILON && Math.abs(nextSelY - selY) < EPSILON) {
            useFallback = true;
        }
        double dx1 = nextSelX - selX;
        double dy1 = nextSelY - selY;
        double cross = dx1 * dy0 - dx0 * dy1;
        if (!useFallback) {
            if (cross > 0) {
                return false;
            } else if (cross < 0) {
                return true;
            }
        }
        return shoelace(ring) < 0;
    }

    private static double shoelace(CoordinateSequence ring) {
        int n = ring.size();
        double startX = ring.getX(0);
        double startY = ring.getY(0);
        double beforeY = startY;
        double curX = ring.getX(1);
        double curY = ring.getY(1);
        double sum = startX * (curY - startY);
        for (int i = 1; i < n - 1; i++) {
            double nextX = ring.getX(i + 1);
            double nextY = ring.getY(i + 1);
            sum += curX * (nextY - beforeY);
            beforeY = curY;
            curX = nextX;
            curY = nextY;
        }
        sum += curX * (startY - beforeY);
        return sum;
    }
}
