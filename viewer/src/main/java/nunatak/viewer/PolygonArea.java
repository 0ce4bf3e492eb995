package nunatak.viewer;

import java.util.List;
import nunatak.InvalidArgumentException;

/**
 * An area bounded by closed rings in the source's coordinates: the outer rings and holes of a polygon or of every
 * polygon of a multipolygon. A point is inside when a ray from it crosses the rings an odd number of times, which
 * for valid (multi)polygons is the union of the polygons less their holes.
 *
 * <pre>{@code
 * PolygonArea square = new PolygonArea(List.<double[][]>of(new double[][] {{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}}));
 * }</pre>
 *
 * @param rings each ring as {x, y} vertices, closed (last = first)
 */
public record PolygonArea(List<double[][]> rings) {

    public PolygonArea {
        if (rings.isEmpty()) {
            throw new InvalidArgumentException("a polygon needs at least one ring");
        }
        for (int r = 0; r < rings.size(); r++) {
            double[][] ring = rings.get(r);
            if (ring.length < 4) {
                throw new InvalidArgumentException("ring " + r + " of the polygon has " + ring.length
                        + " positions; a closed ring needs at least 4 (the first repeated at the end)");
            }
            for (double[] p : ring) {
                if (p.length < 2 || !Double.isFinite(p[0]) || !Double.isFinite(p[1])) {
                    throw new InvalidArgumentException("ring " + r + " of the polygon has a position that is not a "
                            + "pair of finite numbers");
                }
            }
            double[] first = ring[0];
            double[] last = ring[ring.length - 1];
            if (first[0] != last[0] || first[1] != last[1]) {
                throw new InvalidArgumentException("ring " + r + " of the polygon is not closed: it starts at ("
                        + first[0] + ", " + first[1] + ") and ends at (" + last[0] + ", " + last[1]
                        + "); repeat the first position at the end");
            }
        }
        rings = List.copyOf(rings);
    }

    /** {minX, minY, maxX, maxY} of all vertices. */
    public double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double[][] ring : rings) {
            for (double[] p : ring) {
                b[0] = Math.min(b[0], p[0]);
                b[1] = Math.min(b[1], p[1]);
                b[2] = Math.max(b[2], p[0]);
                b[3] = Math.max(b[3], p[1]);
            }
        }
        return b;
    }
}
