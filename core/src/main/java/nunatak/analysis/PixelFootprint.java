package nunatak.analysis;

import java.io.Serializable;

/**
 * The pixels a sample needs: rows {@code [row, row + rows)} and columns {@code [col, col + cols)} of the grid
 * (1×1 for nearest, 2×2 for bilinear inside the grid).
 *
 * <pre>{@code
 * PointSampler sampler = new PointSampler(new PixelGrid(-1_100_000, 1_000_000, 32, -32), 12500, 12500,
 *         SamplingMethod.BILINEAR);
 * PixelFootprint f = sampler.footprint(-1_000_000, 900_000);   // rows 3124..3125, columns 3124..3125
 * if (f != null) { long blockRow = f.row() / 512; }
 * }</pre>
 */
public record PixelFootprint(long row, long col, int rows, int cols) implements Serializable {
}
