package nunatak.tiff;

/** Pixel values of a window, row-major, with their stored type (nodata left as the raw value). */
public record Raster(DataType type, int width, int height, Samples samples) {

    /** The value at ({@code row}, {@code col}): rows first, as everywhere in nunatak ({@code Grid.get(row, col)}). */
    public double value(int row, int col) {
        return samples.get(row * width + col);
    }
}
