package nunatak.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nunatak.array.Grid;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageLevel;
import nunatak.tiff.Raster;
import nunatak.tiff.Samples;
import nunatak.tiff.Window;

/** Comparisons of pixels: what two opened GeoTIFFs hold (bit for bit), or two computed grids. */
public final class PixelAssertions {
    private PixelAssertions() {
    }

    /** Every level read whole (merged, concurrent requests); returns the number of pixels compared. */
    public static long assertSameLevels(GeoTiff expected, GeoTiff actual) {
        assertEquals(expected.levels().size(), actual.levels().size(), "level count");
        long compared = 0;
        for (int i = 0; i < expected.levels().size(); i++) {
            ImageLevel l = expected.level(i);
            Window all = Window.of(l.width(), l.height());
            Raster a = expected.read(i, all);
            Raster b = actual.read(i, all);
            compared += assertSameSamples(a.samples(), b.samples(), actual.uri() + " level " + i);
        }
        return compared;
    }

    /** Every block of every level, one read each; returns the number of blocks read. */
    public static int assertSameBlocks(GeoTiff expected, GeoTiff actual) {
        assertEquals(expected.levels().size(), actual.levels().size(), "level count");
        int blocks = 0;
        for (int i = 0; i < expected.levels().size(); i++) {
            ImageLevel l = expected.level(i);
            for (int by = 0; by < l.blocksDown(); by++) {
                for (int bx = 0; bx < l.blocksAcross(); bx++) {
                    assertSameSamples(expected.readBlock(i, bx, by), actual.readBlock(i, bx, by),
                            actual.uri() + " level " + i + " block (" + bx + ", " + by + ")");
                    blocks++;
                }
            }
        }
        return blocks;
    }

    /** Same shape, NaN where expected has NaN, other values within {@code relTol} relative (0: equal). */
    public static void assertSameGrid(Grid expected, Grid actual, double relTol) {
        assertEquals(expected.rows(), actual.rows(), "rows");
        assertEquals(expected.cols(), actual.cols(), "cols");
        for (int i = 0; i < expected.values().size(); i++) {
            double e = expected.values().get(i);
            double a = actual.values().get(i);
            if (Double.isNaN(e)) {
                assertTrue(Double.isNaN(a), "NaN expected at " + i + ", got " + a);
            } else {
                assertEquals(e, a, Math.abs(e) * relTol, "value " + i);
            }
        }
    }

    private static int assertSameSamples(Samples a, Samples b, String what) {
        assertEquals(a.size(), b.size(), what + ": sample count");
        for (int i = 0; i < a.size(); i++) {
            long x = Double.doubleToRawLongBits(a.get(i));
            long y = Double.doubleToRawLongBits(b.get(i));
            if (x != y) {
                assertEquals(a.get(i), b.get(i), what + ": sample " + i + " differs");
                assertEquals(x, y, what + ": sample " + i + " differs in its bits");
            }
        }
        return a.size();
    }
}
