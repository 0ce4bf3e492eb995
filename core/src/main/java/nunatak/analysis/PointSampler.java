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
 * centres around the point weighed by distance, NaN if any of them is NaN. A point exactly on a centre's row or
 * column needs only the centres on it (the others weigh 0 and are not read, as scipy's
 * {@code RegularGridInterpolator} treats them), so a profile along pixel centres keeps every valid pixel. Points
 * beyond the outermost centres have no centres around them on that side and are NaN.</li>
 * </ul>
 * Points outside give a null footprint and a NaN value.
 *
 * <pre>{@code
 * Grid pixels = Grid.of(2, 2, new float[] {10, 20, 30, 40});   // 2 x 2 pixels of 32 m
 * PointSampler s = new PointSampler(new PixelGrid(0, 64, 32, -32), 2, 2, SamplingMethod.BILINEAR);
 * PixelFootprint need = s.footprint(32, 32);        // fetch these pixels' blocks: all four
 * double v = s.sample(32, 32, (row, col) -> pixels.get((int) row, (int) col));   // 25.0
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
        long r = (long) Math.floor(rowF);
        long c = (long) Math.floor(colF);
        return new PixelFootprint(r, c, rowF == r ? 1 : 2, colF == c ? 1 : 2);
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
        double top = along(source, f.row(), f, tx);
        return f.rows() == 1 ? top : (1 - ty) * top + ty * along(source, f.row() + 1, f, tx);
    }

    private static double along(PixelSource source, long row, PixelFootprint f, double tx) {
        double left = source.value(row, f.col());
        return f.cols() == 1 ? left : (1 - tx) * left + tx * source.value(row, f.col() + 1);
    }
}
