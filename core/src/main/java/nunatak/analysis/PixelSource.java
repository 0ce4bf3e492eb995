package nunatak.analysis;

/**
 * Pixel values by grid position, NaN for nodata: what a task hands {@link PointSampler} once it has fetched the
 * blocks a {@link PixelFootprint} named.
 *
 * <pre>{@code
 * float[] block = new float[512 * 512];     // the decoded block at row0, col0
 * long row0 = 1024, col0 = 2048;
 * PixelSource src = (row, col) -> block[(int) (row - row0) * 512 + (int) (col - col0)];
 * }</pre>
 */
@FunctionalInterface
public interface PixelSource {
    double value(long row, long col);
}
