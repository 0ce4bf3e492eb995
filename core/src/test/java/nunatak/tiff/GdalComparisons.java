package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import nunatak.testing.GdalRead;

/** Our reads of a file against GDAL's reads of it: every level, every band, and the masks. */
final class GdalComparisons {
    private GdalComparisons() {
    }

    /** Every band of every level within {@code tolerance} of GDAL's values (0: bit for bit); returns the largest difference. */
    static double assertSameBands(GeoTiff tif, GdalRead gdal, double tolerance) {
        assertEquals(gdal.bands(), tif.bandCount(), "band count");
        assertEquals(gdal.levels().size(), tif.levels().size(), "levels (full image + overviews)");
        double worst = 0;
        for (int k = 0; k < gdal.levels().size(); k++) {
            GdalRead.Level g = gdal.level(k);
            assertEquals(g.width(), tif.level(k).width(), "width of level " + k);
            assertEquals(g.height(), tif.level(k).height(), "height of level " + k);
            for (int b = 1; b <= gdal.bands(); b++) {
                Raster r = tif.read(k, b, Window.of(g.width(), g.height()));
                worst = Math.max(worst, compare(g.band(b), r.samples(), tolerance, tif.uri() + " level " + k + " band " + b));
            }
        }
        return worst;
    }

    /** The internal mask of every level equals GDAL's GetMaskBand, and masked reads are NaN exactly there. */
    static void assertSameMasks(GeoTiff tif, GdalRead gdal) {
        for (int k = 0; k < gdal.levels().size(); k++) {
            GdalRead.Level g = gdal.level(k);
            Window all = Window.of(g.width(), g.height());
            Samples mask = tif.readMask(k, all).samples();
            Samples masked = tif.readMasked(k, 1, all).samples();
            Samples raw = tif.read(k, 1, all).samples();
            for (int i = 0; i < g.mask().length; i++) {
                if (mask.get(i) != g.mask()[i]) {
                    fail(tif.uri() + " level " + k + ": mask at pixel (" + i % g.width() + ", " + i / g.width() + ") is "
                            + mask.get(i) + ", GDAL's GetMaskBand says " + g.mask()[i]);
                }
                double expected = g.mask()[i] == 0 ? Double.NaN : raw.get(i);
                assertEquals(expected, masked.get(i), "masked read of level " + k + " at " + i);
            }
        }
    }

    static double compare(double[] expected, Samples actual, double tolerance, String what) {
        assertEquals(expected.length, actual.size(), what + ": pixel count");
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual.get(i);
            boolean same = tolerance == 0 ? Double.doubleToLongBits(e) == Double.doubleToLongBits(a)
                    : Math.abs(e - a) <= tolerance;
            if (!same) {
                fail(what + ": pixel " + i + " is " + a + ", GDAL reads " + e
                        + (tolerance == 0 ? "" : " (tolerance " + tolerance + ")"));
            }
            worst = Math.max(worst, Math.abs(e - a));
        }
        return worst;
    }
}
