package nunatak.viewer;

import nunatak.BadContentException;
import nunatak.array.Affine;
import nunatak.array.DataArray;

/**
 * The pixel grid of one level of a layer (level 0 = full resolution, then the overviews): north-up, the
 * top-left corner at ({@code originX}, {@code originY}) in the layer's CRS, pixels {@code resX} wide and
 * {@code resY} high (both positive).
 *
 * <pre>{@code
 * LevelGrid g = new LevelGrid(0, -3e6, -2.6e6, 32, 32, 12500, 12500);
 * g.colOf(-2999990.0);   // 0: the column whose pixel holds x
 * g.xOf(0);              // -2999984.0: the centre of column 0
 * }</pre>
 */
public record LevelGrid(int level, double originX, double originY, double resX, double resY, int width, int height) {

    public LevelGrid {
        if (!(resX > 0) || !(resY > 0) || width < 1 || height < 1) {
            throw new IllegalArgumentException("level " + level + ": resolution " + resX + " x " + resY + ", size "
                    + width + " x " + height);
        }
    }

    /** The grid of a north-up 2-D array (y, x), from its georeferencing. */
    static LevelGrid of(int level, DataArray a) {
        Affine t = a.georef() == null ? null : a.georef().transform();
        if (t == null || !t.isNorthUp() || !(t.e() < 0)) {
            throw new BadContentException(a.georef() == null ? "the layer has no georeferencing"
                    : "the viewer needs north-up tiles; the layer's transform is " + t.toList());
        }
        return new LevelGrid(level, t.c(), t.f(), t.a(), -t.e(), a.size("x"), a.size("y"));
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
