package nunatak.tiff;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Where the pixels are: the affine geotransform in GDAL order {@code (c, a, b, f, d, e)} — x = c + a·col +
 * b·row, y = f + d·col + e·row for pixel corners — the EPSG code (null when the CRS is user-defined or absent)
 * and whether GeoTIFF declared pixels as areas or points. For points GDAL moves the origin by half a pixel
 * so that the transform always describes pixel corners; so do we.
 *
 * <pre>{@code
 * GeoTiff tif = GeoTiff.open("dem.tif");
 * double[] gt = tif.geo().geoTransform();                  // [-1029600.0, 64.0, 0.0, 846400.0, 0.0, -64.0]
 * double[] box = tif.geo().bounds(tif.width(), tif.height());   // [-1029600.0, 808000.0, -984800.0, 846400.0]
 * }</pre>
 */
public record GeoReference(double[] geoTransform, Integer epsg, RasterType rasterType, String citation)
        implements Serializable {

    public enum RasterType {
        AREA("Area"), POINT("Point");

        private final String gdalName;

        RasterType(String gdalName) {
            this.gdalName = gdalName;
        }

        /** As GDAL's AREA_OR_POINT metadata item spells it. */
        public String gdalName() {
            return gdalName;
        }
    }

    public GeoReference {
        if (geoTransform.length != 6) {
            throw new IllegalArgumentException("geotransform needs 6 numbers");
        }
        geoTransform = geoTransform.clone();
    }

    @Override
    public double[] geoTransform() {
        return geoTransform.clone();
    }

    public double originX() {
        return geoTransform[0];
    }

    public double pixelWidth() {
        return geoTransform[1];
    }

    public double originY() {
        return geoTransform[3];
    }

    public double pixelHeight() {
        return geoTransform[5];
    }

    public boolean isNorthUp() {
        return geoTransform[2] == 0 && geoTransform[4] == 0;
    }

    /** rasterio/affine order {@code (a, b, c, d, e, f)}. */
    public double[] affine() {
        double[] g = geoTransform;
        return new double[] {g[1], g[2], g[0], g[4], g[5], g[3]};
    }

    /** The transform of a level {@code scaleX} and {@code scaleY} times coarser, as GDAL derives overviews. */
    public GeoReference scaled(double scaleX, double scaleY) {
        double[] g = geoTransform;
        return new GeoReference(new double[] {g[0], g[1] * scaleX, g[2] * scaleY, g[3], g[4] * scaleX, g[5] * scaleY},
                epsg, rasterType, citation);
    }

    /** Bounds (minX, minY, maxX, maxY) of an image of {@code width} x {@code height} pixels. */
    public double[] bounds(int width, int height) {
        double[] xs = new double[4];
        double[] ys = new double[4];
        int k = 0;
        for (int r : new int[] {0, height}) {
            for (int c : new int[] {0, width}) {
                xs[k] = geoTransform[0] + geoTransform[1] * c + geoTransform[2] * r;
                ys[k] = geoTransform[3] + geoTransform[4] * c + geoTransform[5] * r;
                k++;
            }
        }
        return new double[] {Arrays.stream(xs).min().orElseThrow(), Arrays.stream(ys).min().orElseThrow(),
                Arrays.stream(xs).max().orElseThrow(), Arrays.stream(ys).max().orElseThrow()};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoReference g && Arrays.equals(geoTransform, g.geoTransform)
                && java.util.Objects.equals(epsg, g.epsg) && rasterType == g.rasterType;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(geoTransform) * 31 + java.util.Objects.hashCode(epsg);
    }

    @Override
    public String toString() {
        return "GeoReference[EPSG:" + epsg + ", " + Arrays.toString(geoTransform) + ", " + rasterType + "]";
    }
}
