package nunatak.geom;

import nunatak.InvalidArgumentException;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * EPSG:4326 lon/lat ↔ EPSG:3031 (Antarctic Polar Stereographic, true scale at 71°S) in metres, through proj4j's
 * polar stereographic from the proj string below (no EPSG database). Agrees with PROJ (pyproj) within
 * nanometres over Antarctica in both directions (see {@code Epsg3031Test}); thread-safe. NaN coordinates stay NaN
 * (a missing point); a latitude outside [-90, 90] or an infinite coordinate is an error.
 *
 * <pre>{@code
 * XY p = Epsg3031.toPolar(new LonLat(-45, -75));
 * LonLat back = Epsg3031.toLonLat(p);
 * double[] xs = {0, 90}, ys = {-71, -80};   // lon, lat in; x, y out
 * Epsg3031.toPolarInPlace(xs, ys);
 * }</pre>
 */
public final class Epsg3031 {
    public static final String PROJ = "+proj=stere +lat_0=-90 +lat_ts=-71 +lon_0=0 +k=1 +x_0=0 +y_0=0 "
            + "+datum=WGS84 +units=m +no_defs";

    // Projection.project/inverseProject only read the projection's fields, so one instance serves every thread.
    private static final Projection PROJECTION = new CRSFactory().createFromParameters("EPSG:3031", PROJ)
            .getProjection();

    private Epsg3031() {
    }

    public static XY toPolar(LonLat p) {
        return toPolar(p.lon(), p.lat());
    }

    public static XY toPolar(double lon, double lat) {
        ProjCoordinate out = new ProjCoordinate();
        project(lon, lat, new ProjCoordinate(), out, -1);
        return new XY(out.x, out.y);
    }

    public static LonLat toLonLat(XY p) {
        return toLonLat(p.x(), p.y());
    }

    public static LonLat toLonLat(double x, double y) {
        ProjCoordinate out = new ProjCoordinate();
        unproject(x, y, new ProjCoordinate(), out);
        return new LonLat(out.x, out.y);
    }

    /** Projects {@code count} points from index {@code from}: lon in {@code xs}, lat in {@code ys} become x, y. */
    public static void toPolarInPlace(double[] xs, double[] ys, int from, int count) {
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        for (int i = from; i < from + count; i++) {
            project(xs[i], ys[i], in, out, i);
            xs[i] = out.x;
            ys[i] = out.y;
        }
    }

    public static void toPolarInPlace(double[] xs, double[] ys) {
        toPolarInPlace(xs, ys, 0, checkSameLength(xs, ys));
    }

    /** Unprojects {@code count} points from index {@code from}: x in {@code xs}, y in {@code ys} become lon, lat. */
    public static void toLonLatInPlace(double[] xs, double[] ys, int from, int count) {
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        for (int i = from; i < from + count; i++) {
            unproject(xs[i], ys[i], in, out);
            xs[i] = out.x;
            ys[i] = out.y;
        }
    }

    public static void toLonLatInPlace(double[] xs, double[] ys) {
        toLonLatInPlace(xs, ys, 0, checkSameLength(xs, ys));
    }

    private static void project(double lon, double lat, ProjCoordinate in, ProjCoordinate out, int index) {
        if (Double.isNaN(lon) || Double.isNaN(lat)) {
            out.x = Double.NaN;
            out.y = Double.NaN;
            return;
        }
        if (!(lat >= -90 && lat <= 90) || !Double.isFinite(lon)) {
            throw new InvalidArgumentException("lon/lat (" + lon + ", " + lat + ")" + (index < 0 ? "" : " at index "
                    + index) + " is not a point on Earth: latitude must lie in [-90, 90] and longitude be finite; "
                    + "are the coordinates swapped, or already in EPSG:3031 metres?");
        }
        in.x = lon;
        in.y = lat;
        PROJECTION.project(in, out);
    }

    private static void unproject(double x, double y, ProjCoordinate in, ProjCoordinate out) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            out.x = Double.NaN;
            out.y = Double.NaN;
            return;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            throw new InvalidArgumentException("EPSG:3031 point (" + x + ", " + y + ") is infinite: give finite metres");
        }
        in.x = x;
        in.y = y;
        PROJECTION.inverseProject(in, out);
    }

    private static int checkSameLength(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new InvalidArgumentException("coordinate arrays differ in length: " + xs.length + " x values and "
                    + ys.length + " y values");
        }
        return xs.length;
    }
}
