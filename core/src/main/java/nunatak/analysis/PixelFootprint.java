package nunatak.analysis;

import java.io.Serializable;

/**
 * The pixels a sample needs: rows {@code [row, row + rows)} and columns {@code [col, col + cols)} of the grid
 * (1×1 for nearest, 2×2 for bilinear inside the grid).
 *
 * <pre>{@code
 * PixelFootprint f = sampler.footprint(x, y);
 * if (f != null) { long blockRow = f.row() / 512; }
 * }</pre>
 */
public record PixelFootprint(long row, long col, int rows, int cols) implements Serializable {
}
