package nunatak.array;

import java.io.Serializable;
import java.util.List;

/**
 * An affine pixel-to-map transform in rasterio's order: {@code x = a·col + b·row + c}, {@code y = d·col + e·row + f}
 * for pixel corners ({@code (col, row) = (0, 0)} is the top-left corner of the top-left pixel).
 *
 * <pre>{@code
 * Affine t = new Affine(32, 0, -2700096, 0, -32, 3342080);
 * t.x(0.5, 0.5);   // -2700080.0, the centre of the first pixel
 * }</pre>
 */
public record Affine(double a, double b, double c, double d, double e, double f) implements Serializable {

    /** From GDAL's geotransform order {@code (c, a, b, f, d, e)}. */
    public static Affine fromGdal(double[] gt) {
        return new Affine(gt[1], gt[2], gt[0], gt[4], gt[5], gt[3]);
    }

    public double[] toGdal() {
        return new double[] {c, a, b, f, d, e};
    }

    public List<Double> toList() {
        return List.of(a, b, c, d, e, f);
    }

    public double x(double col, double row) {
        return a * col + b * row + c;
    }

    public double y(double col, double row) {
        return d * col + e * row + f;
    }

    /** Pixel size along x and y, positive. */
    public double resX() {
        return Math.hypot(a, d);
    }

    public double resY() {
        return Math.hypot(b, e);
    }

    public boolean isNorthUp() {
        return b == 0 && d == 0;
    }

    /** The transform of the pixel grid starting {@code cols} columns and {@code rows} rows further. */
    public Affine shifted(double cols, double rows) {
        return new Affine(a, b, x(cols, rows), d, e, y(cols, rows));
    }

    /** The transform of pixels {@code fx} by {@code fy} times larger (a coarsen, a strided view). */
    public Affine scaled(double fx, double fy) {
        return new Affine(a * fx, b * fy, c, d * fx, e * fy, f);
    }

    /** Continuous pixel coordinates {@code {col, row}} of a map point (north-up transforms). */
    public double[] toPixel(double x, double y) {
        if (!isNorthUp()) {
            throw new nunatak.InvalidArgumentException("rotated or sheared transforms are not supported: " + this);
        }
        return new double[] {(x - c) / a, (y - f) / e};
    }
}
