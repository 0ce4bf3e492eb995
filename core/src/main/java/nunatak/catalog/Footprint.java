package nunatak.catalog;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Where a raster lies, as a catalog states it before any of its bytes are read: size in pixels, GDAL geotransform
 * {@code (originX, pixelWidth, 0, originY, 0, -pixelHeight)} of its top-left corner, and CRS.
 *
 * @param epsg the CRS's EPSG code, or null when the catalog does not say
 *
 * <pre>{@code
 * Footprint f = new Footprint(3125, 3125, new double[] {-1_100_000, 32, 0, 1_000_000, 0, -32}, 3031);
 * f.bounds();   // [-1100000.0, 900000.0, -1000000.0, 1000000.0]: a 100 km REMA tile at 32 m
 * }</pre>
 */
public record Footprint(int width, int height, double[] geoTransform, Integer epsg) implements Serializable {

    public Footprint {
        if (width < 1 || height < 1 || geoTransform == null || geoTransform.length != 6) {
            throw new IllegalArgumentException("a footprint needs a positive size and 6 geotransform numbers");
        }
        geoTransform = geoTransform.clone();
    }

    @Override
    public double[] geoTransform() {
        return geoTransform.clone();
    }

    /** (minX, minY, maxX, maxY) of a north-up footprint. */
    public double[] bounds() {
        double x0 = geoTransform[0];
        double y0 = geoTransform[3];
        double x1 = x0 + width * geoTransform[1];
        double y1 = y0 + height * geoTransform[5];
        return new double[] {Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Footprint f && f.width == width && f.height == height
                && Arrays.equals(f.geoTransform, geoTransform) && java.util.Objects.equals(f.epsg, epsg);
    }

    @Override
    public int hashCode() {
        return (width * 31 + height) * 31 + Arrays.hashCode(geoTransform);
    }

    @Override
    public String toString() {
        return width + " x " + height + " px at " + Arrays.toString(geoTransform) + (epsg == null ? "" : " EPSG:" + epsg);
    }
}
