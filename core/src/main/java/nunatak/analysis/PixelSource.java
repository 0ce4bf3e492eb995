package nunatak.analysis;

/**
 * Pixel values by grid position, NaN for nodata: what a task hands {@link PointSampler} once it has fetched the
 * blocks a {@link PixelFootprint} named.
 *
 * <pre>{@code
 * PixelSource src = (row, col) -> block[(int) (row - row0) * width + (int) (col - col0)];
 * }</pre>
 */
@FunctionalInterface
public interface PixelSource {
    double value(long row, long col);
}
