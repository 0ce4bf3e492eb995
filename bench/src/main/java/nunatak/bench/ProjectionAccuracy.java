package nunatak.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import nunatak.geom.Epsg3031;
import org.opengis.referencing.operation.MathTransform;

/**
 * Worst distance to PROJ (pyproj) of nunatak's {@link Epsg3031} (proj4j) and of Apache SIS, both directions, on
 * the grids {@code bench/projection-vs-pyproj.sh} writes; also SIS's set-up time. The inverse is compared on the
 * ground (longitude weighed by the parallel's radius), since longitude is arbitrary at the pole.
 *
 * <pre>
 * bench/projection-vs-pyproj.sh
 * </pre>
 */
public final class ProjectionAccuracy {
    private ProjectionAccuracy() {
    }

    public static void main(String[] args) throws Exception {
        double[] fwd = read(Path.of(args[0]));
        double[] inv = read(Path.of(args[1]));
        int nf = fwd.length / 4;
        int ni = inv.length / 4;
        double[] a = new double[nf];
        double[] b = new double[nf];
        double[] lonLat = new double[2 * nf];
        for (int i = 0; i < nf; i++) {
            a[i] = fwd[4 * i];
            b[i] = fwd[4 * i + 1];
            lonLat[2 * i] = a[i];
            lonLat[2 * i + 1] = b[i];
        }
        Epsg3031.toPolarInPlace(a, b);
        long t0 = System.nanoTime();
        MathTransform sis = SisPolar.forward();
        double setupMs = (System.nanoTime() - t0) / 1e6;
        double[] sisXy = new double[2 * nf];
        sis.transform(lonLat, 0, sisXy, 0, nf);
        double ours = 0;
        double theirs = 0;
        for (int i = 0; i < nf; i++) {
            ours = Math.max(ours, Math.hypot(a[i] - fwd[4 * i + 2], b[i] - fwd[4 * i + 3]));
            theirs = Math.max(theirs, Math.hypot(sisXy[2 * i] - fwd[4 * i + 2], sisXy[2 * i + 1] - fwd[4 * i + 3]));
        }
        System.out.printf("forward (%d points, 60°S..90°S, all longitudes): proj4j %.2e m, SIS %.2e m%n", nf, ours,
                theirs);
        double[] x = new double[ni];
        double[] y = new double[ni];
        double[] xy = new double[2 * ni];
        for (int i = 0; i < ni; i++) {
            x[i] = inv[4 * i];
            y[i] = inv[4 * i + 1];
            xy[2 * i] = x[i];
            xy[2 * i + 1] = y[i];
        }
        Epsg3031.toLonLatInPlace(x, y);
        double[] sisLonLat = new double[2 * ni];
        sis.inverse().transform(xy, 0, sisLonLat, 0, ni);
        ours = 0;
        theirs = 0;
        for (int i = 0; i < ni; i++) {
            ours = Math.max(ours, ground(x[i], y[i], inv[4 * i + 2], inv[4 * i + 3]));
            theirs = Math.max(theirs, ground(sisLonLat[2 * i], sisLonLat[2 * i + 1], inv[4 * i + 2], inv[4 * i + 3]));
        }
        System.out.printf("inverse (%d points, ±3400 km): proj4j %.2e m, SIS %.2e m on the ground%n", ni, ours, theirs);
        System.out.printf("SIS set-up (CRS from WKT, operation search): %.0f ms%n", setupMs);
    }

    private static double ground(double lon, double lat, double refLon, double refLat) {
        double d = lon - refLon;
        d -= 360 * Math.rint(d / 360);
        return Math.hypot((lat - refLat) * 111_320, d * 111_320 * Math.cos(Math.toRadians(refLat)));
    }

    private static double[] read(Path file) throws java.io.IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[buf.remaining() / 8];
        buf.asDoubleBuffer().get(v);
        return v;
    }
}
