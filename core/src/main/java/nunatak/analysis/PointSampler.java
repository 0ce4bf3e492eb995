package nunatak.analysis;

import java.io.Serializable;
import nunatak.InvalidArgumentException;
import nunatak.geom.PixelGrid;

/**
 * Values at points of a grid of {@code width × height} pixels, in two steps so tasks can group points by block:
 * {@link #footprint} names the pixels a point needs, {@link #sample} computes the value from them.
 * <ul>
 * <li>{@code NEAREST}: the pixel whose area holds the point, {@code floor((x − originX) / resX)} (a point on a
 * pixel edge belongs to the pixel right of / below it, as rasterio's {@code index});</li>
 * <li>{@code BILINEAR}: with {@code colF = (x − originX) / resX − 0.5} (pixel centres at whole numbers), the four
 * centres around the point weighed by distance, NaN if any of them is NaN (even with weight 0, as numpy and
 * scipy's {@code map_coordinates(order=1)} compute); points between the last centre and the grid's edge have no
 * four centres around them and are NaN, except exactly on the last centre.</li>
 * </ul>
 * Points outside give a null footprint and a NaN value.
 *
 * <pre>{@code
 * PointSampler s = new PointSampler(grid, width, height, SamplingMethod.BILINEAR);
 * PixelFootprint need = s.footprint(x, y);          // fetch these pixels' blocks
 * double v = s.sample(x, y, (row, col) -> pixels.get(row, col));
 * }</pre>
 */
public final class PointSampler implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PixelGrid grid;
    private final long width;
    private final long height;
    private final SamplingMethod method;

    public PointSampler(PixelGrid grid, long width, long height, SamplingMethod method) {
        if (width < 1 || height < 1) {
            throw new InvalidArgumentException("grid of " + width + " x " + height + " pixels has nothing to sample");
        }
        this.grid = grid;
        this.width = width;
        this.height = height;
        this.method = method;
    }

    public SamplingMethod method() {
        return method;
    }

    /** The pixels the value at (x, y) needs, or null when the point is outside the grid. */
    public PixelFootprint footprint(double x, double y) {
        if (method == SamplingMethod.NEAREST) {
            double c = Math.floor(grid.fractionalCol(x));
            double r = Math.floor(grid.fractionalRow(y));
            return c >= 0 && c < width && r >= 0 && r < height ? new PixelFootprint((long) r, (long) c, 1, 1) : null;
        }
        double colF = grid.fractionalCol(x) - 0.5;
        double rowF = grid.fractionalRow(y) - 0.5;
        if (!(colF >= 0 && colF <= width - 1 && rowF >= 0 && rowF <= height - 1)) {
            return null;
        }
        return new PixelFootprint(lower(rowF, height), lower(colF, width), (int) Math.min(2, height),
                (int) Math.min(2, width));
    }

    /** The value at (x, y) from the pixels of its footprint; NaN outside the grid or when a needed pixel is NaN. */
    public double sample(double x, double y, PixelSource source) {
        PixelFootprint f = footprint(x, y);
        if (f == null) {
            return Double.NaN;
        }
        if (method == SamplingMethod.NEAREST) {
            return source.value(f.row(), f.col());
        }
        double tx = grid.fractionalCol(x) - 0.5 - f.col();
        double ty = grid.fractionalRow(y) - 0.5 - f.row();
        long c1 = f.col() + f.cols() - 1;
        long r1 = f.row() + f.rows() - 1;
        double v00 = source.value(f.row(), f.col());
        double v01 = source.value(f.row(), c1);
        double v10 = source.value(r1, f.col());
        double v11 = source.value(r1, c1);
        double top = (1 - tx) * v00 + tx * v01;
        double bottom = (1 - tx) * v10 + tx * v11;
        return (1 - ty) * top + ty * bottom;
    }

    /** The first of the two centres around {@code f} (0 <= f <= n - 1): the last interval holds the last centre. */
    private static long lower(double f, long n) {
        return Math.max(0, Math.min((long) Math.floor(f), n - 2));
    }
}
