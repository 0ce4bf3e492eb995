package nunatak.geom;

import nunatak.InvalidArgumentException;

/** Checks shared by the point readers. */
final class PointChecks {
    private PointChecks() {
    }

    /** EPSG:3031 points all within 180 m of the pole are lon/lat degrees given without saying so. */
    static void checkNotLonLat(double[] x, double[] y, String source, String fix) {
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) > 180 || Math.abs(y[i]) > 90) {
                return;
            }
        }
        if (x.length > 0) {
            throw new InvalidArgumentException(source + ": the coordinates of the first " + x.length + " rows all "
                    + "lie within [-180, 180] x [-90, 90], so they look like lon/lat degrees, not EPSG:3031 metres; "
                    + "read them as lon/lat with " + fix);
        }
    }
}
