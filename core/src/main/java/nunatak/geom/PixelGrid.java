package nunatak.geom;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * A north-up pixel grid as a GDAL geotransform without rotation: pixel (row, col) covers x in
 * [originX + col·resX, originX + (col + 1)·resX) and y from originY + row·resY downwards (resY is negative), its
 * centre at {@code originX + (col + 0.5)·resX}. Rows and columns may run past any one tile: this is the grid of
 * a whole mosaic, and windows of it are what tasks compute.
 *
 * <pre>{@code
 * PixelGrid grid = new PixelGrid(-1_100_000, 1_000_000, 32, -32);
 * double colF = grid.fractionalCol(-1_000_000);   // (x - originX) / resX = 3125.0: the left edge of column 3125
 * }</pre>
 */
public record PixelGrid(double originX, double originY, double resX, double resY) implements Serializable {

    public PixelGrid {
        if (!(resX > 0) || !(resY < 0) || !Double.isFinite(resX) || !Double.isFinite(resY)
                || !Double.isFinite(originX) || !Double.isFinite(originY)) {
            throw new InvalidArgumentException("pixel grid (origin " + originX + ", " + originY + ", resolution "
                    + resX + ", " + resY + ") must be north-up: finite origin, resX > 0 and resY < 0 as in a GDAL "
                    + "geotransform");
        }
    }

    /** From a GDAL geotransform {originX, resX, 0, originY, 0, resY}; rotated grids are an error. */
    public static PixelGrid ofGeoTransform(double[] gt) {
        if (gt.length != 6 || gt[2] != 0 || gt[4] != 0) {
            throw new InvalidArgumentException("geotransform must have 6 terms without rotation (terms 2 and 4 zero)");
        }
        return new PixelGrid(gt[0], gt[3], gt[1], gt[5]);
    }

    public double[] geoTransform() {
        return new double[] {originX, resX, 0, originY, 0, resY};
    }

    /** Column coordinate of x in pixel units: 0 at the left edge of column 0, 0.5 at its centre. */
    public double fractionalCol(double x) {
        return (x - originX) / resX;
    }

    /** Row coordinate of y in pixel units: 0 at the top edge of row 0, 0.5 at its centre. */
    public double fractionalRow(double y) {
        return (y - originY) / resY;
    }

    public double centreX(long col) {
        return originX + (col + 0.5) * resX;
    }

    public double centreY(long row) {
        return originY + (row + 0.5) * resY;
    }

    /** Area of one pixel in square metres. */
    public double pixelArea() {
        return resX * -resY;
    }
}
