package nunatak.viewer;

import nunatak.InvalidArgumentException;

/**
 * A line through vertices in the source's coordinates (EPSG:3031 metres), joined by straight segments.
 *
 * <pre>{@code
 * Polyline line = new Polyline(new double[] {0, 3000, 3000}, new double[] {0, 0, 4000});
 * line.length();   // 7000.0
 * }</pre>
 */
public record Polyline(double[] xs, double[] ys) {

    public Polyline {
        if (xs.length != ys.length || xs.length < 2) {
            throw new InvalidArgumentException("a line needs at least 2 vertices, got " + Math.min(xs.length, ys.length));
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new InvalidArgumentException("vertex " + i + " of the line (" + xs[i] + ", " + ys[i]
                        + ") is not a pair of finite numbers");
            }
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    public int size() {
        return xs.length;
    }

    /** The length along the segments, in the coordinates' units. */
    public double length() {
        double sum = 0;
        for (int i = 1; i < xs.length; i++) {
            sum += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        return sum;
    }
}
