package nunatak.tiff;

/**
 * Pixel values of a window, row-major, with their stored type (nodata left as the raw value).
 *
 * <pre>{@code
 * Raster r = GeoTiff.open("dem.tif").read(new Window(200, 100, 3, 2));   // columns 200..202 of rows 100..101
 * double v = r.value(1, 2);                                               // row 101, column 202, as stored
 * }</pre>
 */
public record Raster(DataType type, int width, int height, Samples samples) {

    /** The value at ({@code row}, {@code col}): rows first, as everywhere in nunatak ({@code Grid.get(row, col)}). */
    public double value(int row, int col) {
        return samples.get(row * width + col);
    }
}
