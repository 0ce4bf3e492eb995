package nunatak.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import nunatak.plot.Colormap;

/**
 * Checks a map tile against reference pixels (GDAL's, gdaldem's): every tile pixel must be the grey of the reference
 * pixel holding its centre, and transparent where that pixel is NaN or outside.
 *
 * <pre>{@code
 * TileAssertions.Raster gdal = new TileAssertions.Raster(values, rows, cols, x0, y0, 64);
 * TileAssertions.Count c = TileAssertions.assertTile(png, "dem", 9, 193, 209, gdal, -50, 2500, false);
 * }</pre>
 */
final class TileAssertions {
    private static final Colormap GRAY = Colormap.named("gray");

    /** Reference pixels, row-major, NaN for none; the top-left corner at (x0, y0), square pixels of {@code res}. */
    record Raster(double[] values, int rows, int cols, double x0, double y0, double res) {
    }

    /** Pixels compared, transparent, and (for a hillshade) gdaldem bytes the tile had one grey step away. */
    record Count(int compared, int transparent, int offByOne) {
        Count plus(Count o) {
            return new Count(compared + o.compared, transparent + o.transparent, offByOne + o.offByOne);
        }
    }

    private TileAssertions() {
    }

    /** @param hillshade whether the reference is gdaldem's hillshade, whose bytes may differ by one (its 1/√x) */
    static Count assertTile(BufferedImage img, String layer, int z, long tx, long ty, Raster ref, double vmin,
                            double vmax, boolean hillshade) {
        double tileRes = PolarTileGrid.resolution(z);
        double size = PolarTileGrid.TILE_SIZE * tileRes;
        int compared = 0;
        int transparent = 0;
        int offByOne = 0;
        for (int py = 0; py < PolarTileGrid.TILE_SIZE; py++) {
            for (int px = 0; px < PolarTileGrid.TILE_SIZE; px++) {
                double x = PolarTileGrid.ORIGIN_X + tx * size + (px + 0.5) * tileRes;
                double y = PolarTileGrid.ORIGIN_Y - ty * size - (py + 0.5) * tileRes;
                int c = (int) Math.floor((x - ref.x0()) / ref.res());
                int r = (int) Math.floor((ref.y0() - y) / ref.res());
                double v = c < 0 || r < 0 || c >= ref.cols() || r >= ref.rows() ? Double.NaN
                        : ref.values()[r * ref.cols() + c];
                int expected = Double.isNaN(v) ? 0 : GRAY.argb((v - vmin) / (vmax - vmin));
                int actual = img.getRGB(px, py);
                if ((actual >>> 24) == 0) {
                    actual = 0;
                    transparent++;
                }
                if (hillshade && !Double.isNaN(v) && expected != actual
                        && (actual == GRAY.argb((v - 1 - vmin) / (vmax - vmin))
                        || actual == GRAY.argb((v + 1 - vmin) / (vmax - vmin)))) {
                    offByOne++;
                    expected = actual;
                }
                int fpx = px;
                int fpy = py;
                assertEquals(Integer.toHexString(expected), Integer.toHexString(actual), () -> layer + " tile " + z
                        + "/" + tx + "/" + ty + " pixel (" + fpx + ", " + fpy + ") = reference pixel (" + r + ", " + c
                        + ") value " + v);
                compared++;
            }
        }
        return new Count(compared, transparent, offByOne);
    }
}
