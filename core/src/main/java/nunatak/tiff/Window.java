package nunatak.tiff;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * A rectangle of pixels: columns {@code [col, col + width)}, rows {@code [row, row + height)}.
 *
 * <pre>{@code
 * Window w = new Window(200, 100, 64, 32);         // columns 200..263, rows 100..131
 * Window same = Window.parse("200,100,64,32");      // the CLI's --window syntax
 * Raster r = GeoTiff.open("dem.tif").read(w.intersect(Window.of(700, 600)));
 * }</pre>
 */
public record Window(int col, int row, int width, int height) implements Serializable {

    public Window {
        if (width < 0 || height < 0) {
            throw new InvalidArgumentException("window " + col + "," + row + "," + width + "," + height
                    + " has a negative size");
        }
    }

    public static Window of(int width, int height) {
        return new Window(0, 0, width, height);
    }

    public int endCol() {
        return col + width;
    }

    public int endRow() {
        return row + height;
    }

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    public boolean within(int imageWidth, int imageHeight) {
        return col >= 0 && row >= 0 && (long) col + width <= imageWidth && (long) row + height <= imageHeight;
    }

    /** The overlap with another window (possibly empty). */
    public Window intersect(Window o) {
        int c0 = Math.max(col, o.col);
        int r0 = Math.max(row, o.row);
        int c1 = Math.min(endCol(), o.endCol());
        int r1 = Math.min(endRow(), o.endRow());
        return new Window(c0, r0, Math.max(0, c1 - c0), Math.max(0, r1 - r0));
    }

    /** "col,row,width,height", the CLI's --window syntax. */
    public static Window parse(String s) {
        String[] p = s.split(",");
        if (p.length != 4) {
            throw new InvalidArgumentException("window '" + s + "' must be COL,ROW,WIDTH,HEIGHT");
        }
        try {
            return new Window(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()),
                    Integer.parseInt(p[2].trim()), Integer.parseInt(p[3].trim()));
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("window '" + s + "' must be four integers COL,ROW,WIDTH,HEIGHT", e);
        }
    }

    @Override
    public String toString() {
        return col + "," + row + "," + width + "," + height;
    }
}
