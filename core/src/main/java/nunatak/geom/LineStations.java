package nunatak.geom;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * Sampling stations along a {@link Polyline}: at distances 0, step, 2·step, ... not past the line's length, each
 * on the segment that holds it (straight in EPSG:3031). Stations are produced in batches, so a line of millions of
 * stations never needs them all in memory.
 *
 * <pre>{@code
 * LineStations stations = new LineStations(line, 32);
 * StationBatch b = stations.batch(0, (int) Math.min(stations.count(), 100_000));
 * double x0 = b.x()[0];
 * }</pre>
 */
public final class LineStations implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Polyline line;
    private final double step;
    private final long count;

    public LineStations(Polyline line, double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new InvalidArgumentException("step " + step + " must be a positive number of metres");
        }
        this.line = line;
        this.step = step;
        double n = Math.floor(line.length() / step);
        if (n >= Integer.MAX_VALUE) {
            throw new InvalidArgumentException("a step of " + step + " m along " + line.length() + " m gives more "
                    + "than " + Integer.MAX_VALUE + " stations; use a larger step");
        }
        long c = (long) n + 1;
        while (c > 1 && (c - 1) * step > line.length()) {
            c--;
        }
        this.count = c;
    }

    public long count() {
        return count;
    }

    public double step() {
        return step;
    }

    public Polyline line() {
        return line;
    }

    /** Stations {@code first .. first + n - 1}; lon/lat filled when the line was given in lon/lat. */
    public StationBatch batch(long first, int n) {
        if (first < 0 || n < 0 || first + n > count) {
            throw new InvalidArgumentException("stations " + first + ".." + (first + n - 1) + " are outside 0.."
                    + (count - 1));
        }
        double[] d = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        int seg = n == 0 ? 0 : line.segmentAt(first * step);
        for (int i = 0; i < n; i++) {
            double dist = (first + i) * step;
            while (seg < line.vertexCount() - 2 && line.distanceTo(seg + 1) <= dist) {
                seg++;
            }
            double d0 = line.distanceTo(seg);
            double len = line.distanceTo(seg + 1) - d0;
            double t = len > 0 ? (dist - d0) / len : 0;
            d[i] = dist;
            x[i] = line.x(seg) + t * (line.x(seg + 1) - line.x(seg));
            y[i] = line.y(seg) + t * (line.y(seg + 1) - line.y(seg));
        }
        if (!line.lonLatInput()) {
            return new StationBatch(first, d, x, y, null, null);
        }
        double[] lon = x.clone();
        double[] lat = y.clone();
        Epsg3031.toLonLatInPlace(lon, lat);
        return new StationBatch(first, d, x, y, lon, lat);
    }
}
