package nunatak.viewer;

/**
 * The pixel grid of one level of a layer (level 0 = full resolution, then the overviews): north-up, the
 * top-left corner at ({@code originX}, {@code originY}) in the layer's CRS, pixels {@code resX} wide and
 * {@code resY} high (both positive), and the block size reads are cheapest in.
 *
 * <pre>{@code
 * LevelGrid g = new LevelGrid(0, -3e6, -2.6e6, 32, 32, 12500, 12500, 512, 512);
 * g.colOf(-2999990.0);   // 0: the column whose pixel holds x
 * g.xOf(0);              // -2999984.0: the centre of column 0
 * }</pre>
 */
public record LevelGrid(int level, double originX, double originY, double resX, double resY, int width, int height,
                        int blockWidth, int blockHeight) {

    public LevelGrid {
        if (!(resX > 0) || !(resY > 0) || width < 1 || height < 1 || blockWidth < 1 || blockHeight < 1) {
            throw new IllegalArgumentException("level " + level + ": resolution " + resX + " x " + resY + ", size "
                    + width + " x " + height + ", blocks " + blockWidth + " x " + blockHeight);
        }
    }

    /** The column whose pixel holds {@code x} (may lie outside 0..width-1). */
    public int colOf(double x) {
        return (int) Math.floor((x - originX) / resX);
    }

    /** The row whose pixel holds {@code y} (may lie outside 0..height-1). */
    public int rowOf(double y) {
        return (int) Math.floor((originY - y) / resY);
    }

    /** Fractional column in the pixel-centre convention: 0 at the centre of column 0. */
    public double colAt(double x) {
        return (x - originX) / resX - 0.5;
    }

    /** Fractional row in the pixel-centre convention: 0 at the centre of row 0. */
    public double rowAt(double y) {
        return (originY - y) / resY - 0.5;
    }

    /** The x of the centre of column {@code col}. */
    public double xOf(int col) {
        return originX + (col + 0.5) * resX;
    }

    /** The y of the centre of row {@code row}. */
    public double yOf(int row) {
        return originY - (row + 0.5) * resY;
    }

    public boolean contains(int row, int col) {
        return row >= 0 && col >= 0 && row < height && col < width;
    }

    /** {minX, minY, maxX, maxY} of the outer pixel edges. */
    public double[] bounds() {
        return new double[] {originX, originY - height * resY, originX + width * resX, originY};
    }

    /** Everything of this level. */
    public PixelWindow all() {
        return new PixelWindow(0, 0, height, width);
    }
}
