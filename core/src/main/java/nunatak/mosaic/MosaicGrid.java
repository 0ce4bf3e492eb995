package nunatak.mosaic;

import java.io.Serializable;

/**
 * The pixel grid of a mosaic: the top-left corner, the pixel size ({@code resY} positive, rows run southwards),
 * the size in pixels and the CRS. Pixel-centre coordinates are computed as rioxarray computes them for one raster,
 * {@code (k + 0.5) * res + origin}, so they are bit-identical to xarray's.
 *
 * <pre>{@code
 * MosaicGrid g = new MosaicGrid(-1_100_000, 1_000_000, 400, 400, 1000, 1000, 3031);
 * g.x(0);   // -1099800.0, the centre of the first column
 * }</pre>
 *
 * @param epsg the CRS, or null when the tiles name none
 */
public record MosaicGrid(double originX, double originY, double resX, double resY, int width, int height,
                        Integer epsg) implements Serializable {

    public MosaicGrid {
        if (!(resX > 0) || !(resY > 0) || width < 0 || height < 0) {
            throw new IllegalArgumentException("pixel grid " + resX + " x " + resY + " m, " + width + " x " + height);
        }
    }

    /** Pixel-centre x of column {@code col}. */
    public double x(int col) {
        return (col + 0.5) * resX + originX;
    }

    /** Pixel-centre y of row {@code row}. */
    public double y(int row) {
        return (row + 0.5) * -resY + originY;
    }

    /** The pixel lattice alone, as the geometry and analysis code takes it. */
    public nunatak.geom.PixelGrid pixels() {
        return new nunatak.geom.PixelGrid(originX, originY, resX, -resY);
    }

    /** GDAL geotransform of the grid's top-left corner. */
    public double[] geoTransform() {
        return new double[] {originX, resX, 0, originY, 0, -resY};
    }

    /** (minX, minY, maxX, maxY) of the grid's outer pixel edges. */
    public double[] bounds() {
        return new double[] {originX, originY - height * resY, originX + width * resX, originY};
    }

    /** The same area seen {@code factor} times coarser, as an overview level covers it (sizes rounded up). */
    public MosaicGrid coarser(int factor) {
        return new MosaicGrid(originX, originY, resX * factor, resY * factor, ceilDiv(width, factor),
                ceilDiv(height, factor), epsg);
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
