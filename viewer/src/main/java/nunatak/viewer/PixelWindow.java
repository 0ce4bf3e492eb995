package nunatak.viewer;

/**
 * A rectangle of pixels of one level: rows {@code row0 .. row0 + rows - 1}, columns {@code col0 .. col0 + cols - 1}.
 *
 * <pre>{@code
 * PixelWindow w = PixelWindow.spanning(10, 20, 12, 25);   // rows 10..12, columns 20..25
 * w.clip(grid.all());                                      // what of it exists
 * }</pre>
 */
public record PixelWindow(int row0, int col0, int rows, int cols) {
    public static final PixelWindow EMPTY = new PixelWindow(0, 0, 0, 0);

    public PixelWindow {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("window of " + rows + " x " + cols + " pixels");
        }
    }

    /** The window from the first to the last row and column, both inclusive; empty when last < first. */
    public static PixelWindow spanning(int firstRow, int firstCol, int lastRow, int lastCol) {
        if (lastRow < firstRow || lastCol < firstCol) {
            return EMPTY;
        }
        return new PixelWindow(firstRow, firstCol, lastRow - firstRow + 1, lastCol - firstCol + 1);
    }

    public boolean isEmpty() {
        return rows == 0 || cols == 0;
    }

    public long pixels() {
        return (long) rows * cols;
    }

    public int lastRow() {
        return row0 + rows - 1;
    }

    public int lastCol() {
        return col0 + cols - 1;
    }

    /** The part of this window inside {@code other}. */
    public PixelWindow clip(PixelWindow other) {
        return spanning(Math.max(row0, other.row0), Math.max(col0, other.col0), Math.min(lastRow(), other.lastRow()),
                Math.min(lastCol(), other.lastCol()));
    }

    @Override
    public String toString() {
        return "rows " + row0 + ".." + lastRow() + ", columns " + col0 + ".." + lastCol();
    }
}
