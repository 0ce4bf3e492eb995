package nunatak.blocks;

import java.io.Serializable;

/** A rectangle of mosaic pixels, rows {@code [row0, row1)} by columns {@code [col0, col1)}; may be empty. */
public record Rect(int row0, int row1, int col0, int col1) implements Serializable {

    public boolean isEmpty() {
        return row1 <= row0 || col1 <= col0;
    }

    public Rect intersect(Rect o) {
        return new Rect(Math.max(row0, o.row0), Math.min(row1, o.row1), Math.max(col0, o.col0), Math.min(col1, o.col1));
    }

    /** Grown by {@code h} pixels on every side. */
    public Rect grow(int h) {
        return new Rect(row0 - h, row1 + h, col0 - h, col1 + h);
    }

    public long pixels() {
        return isEmpty() ? 0 : (long) (row1 - row0) * (col1 - col0);
    }
}
