package nunatak.geom;

import java.io.Serializable;
import java.util.List;
import nunatak.InvalidArgumentException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * A path of straight segments in EPSG:3031 metres, remembering whether it was given in lon/lat (then its vertices
 * were projected first, and segments are straight in EPSG:3031, as a profile samples them).
 *
 * <pre>{@code
 * Polyline line = Polyline.parse("-1000000,500000;-900000,520000", Crs.EPSG_3031);
 * Polyline fromFile = Polyline.of(GeoJsonReader.read(Path.of("line.geojson"), Crs.EPSG_4326), "line.geojson", true);
 * double metres = line.length();
 * }</pre>
 */
public final class Polyline implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] xs;
    private final double[] ys;
    private final boolean lonLatInput;
    private final double[] cumulative;

    /** From EPSG:3031 vertices; {@code lonLatInput} says whether stations should also be reported in lon/lat. */
    public Polyline(double[] xs, double[] ys, boolean lonLatInput) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new InvalidArgumentException("a line needs at least two vertices with an x and a y each (got "
                    + xs.length + " x and " + ys.length + " y values)");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.lonLatInput = lonLatInput;
        this.cumulative = new double[xs.length];
        for (int i = 1; i < xs.length; i++) {
            cumulative[i] = cumulative[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
    }

    /** Parses {@code "x1,y1;x2,y2;..."} (lon,lat pairs when {@code crs} is EPSG:4326). */
    public static Polyline parse(String spec, Crs crs) {
        String[] pairs = spec.trim().split("\\s*;\\s*");
        double[] xs = new double[pairs.length];
        double[] ys = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            String[] p = pairs[i].split("\\s*,\\s*");
            if (p.length != 2) {
                throw new InvalidArgumentException("line '" + spec + "': vertex " + i + " ('" + pairs[i] + "') must "
                        + "be two numbers 'x,y' (vertices separated by ';', e.g. 'x1,y1;x2,y2')");
            }
            try {
                xs[i] = Double.parseDouble(p[0].trim());
                ys[i] = Double.parseDouble(p[1].trim());
            } catch (NumberFormatException e) {
                throw new InvalidArgumentException("line '" + spec + "': vertex " + i + " ('" + pairs[i] + "') is "
                        + "not two numbers 'x,y'", e);
            }
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new InvalidArgumentException("line '" + spec + "': vertex " + i + " is not finite");
            }
            if (crs.isLonLat() && (Math.abs(xs[i]) > 180 || Math.abs(ys[i]) > 90)) {
                throw new InvalidArgumentException("line '" + spec + "': vertex " + i + " (" + pairs[i] + ") is not "
                        + "lon,lat (longitude in [-180, 180], latitude in [-90, 90]); for EPSG:3031 metres leave the "
                        + "line's CRS at EPSG:3031");
            }
        }
        if (crs.isLonLat()) {
            Epsg3031.toPolarInPlace(xs, ys);
        }
        return new Polyline(xs, ys, crs.isLonLat());
    }

    /** The one LineString of a GeoJSON input (a MultiLineString of one part is accepted too). */
    public static Polyline of(List<GeoFeature> features, String source, boolean lonLatInput) {
        if (features.size() != 1) {
            throw new InvalidArgumentException(source + " holds " + features.size() + " features; a profile follows "
                    + "one line: keep only the LineString you want");
        }
        GeoFeature f = features.get(0);
        Geometry g = f.geometry();
        if (g.getNumGeometries() == 1) {
            g = g.getGeometryN(0);
        }
        if (!(g instanceof LineString line)) {
            throw new InvalidArgumentException(source + ": " + f.label() + " is a " + f.geometry().getGeometryType()
                    + "; a profile needs a LineString");
        }
        double[] xs = new double[line.getNumPoints()];
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = line.getCoordinateSequence().getX(i);
            ys[i] = line.getCoordinateSequence().getY(i);
        }
        return new Polyline(xs, ys, lonLatInput);
    }

    public int vertexCount() {
        return xs.length;
    }

    public double x(int vertex) {
        return xs[vertex];
    }

    public double y(int vertex) {
        return ys[vertex];
    }

    public boolean lonLatInput() {
        return lonLatInput;
    }

    /** Length along the path in EPSG:3031 metres. */
    public double length() {
        return cumulative[cumulative.length - 1];
    }

    /** Distance along the path from the first vertex to vertex {@code i}. */
    public double distanceTo(int vertex) {
        return cumulative[vertex];
    }

    /** The last vertex whose distance is <= {@code d} and that starts a segment (0 .. vertexCount - 2). */
    int segmentAt(double d) {
        int lo = 0;
        int hi = xs.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] <= d) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
