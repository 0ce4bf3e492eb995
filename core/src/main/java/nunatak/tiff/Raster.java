package nunatak.tiff;

/** Pixel values of a window, row-major, with their stored type (nodata left as the raw value). */
public record Raster(DataType type, int width, int height, Samples samples) {

    public double get(int col, int row) {
        return samples.get(row * width + col);
    }
}
