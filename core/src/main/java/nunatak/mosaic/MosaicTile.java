package nunatak.mosaic;

import java.io.Serializable;
import nunatak.catalog.Footprint;

/**
 * One tile's place in a mosaic at one level: where its pixels go ({@code row0}, {@code col0} in mosaic pixels; a
 * tile may reach past the mosaic's edge when a catalog says so), its size there, which part of its file it uses,
 * and how it covers other tiles. Plain serializable data: tasks carry it to executors.
 *
 * @param id       a short name for messages, e.g. "38_21"
 * @param present  false for a tile that does not exist (its place reads as NaN)
 * @param srcRow   first row of the file's level that the tile uses (a VRT SrcRect may start inside the file)
 * @param srcCol   first column of the file's level that the tile uses
 * @param expected where the catalog said the tile lies (level 0), checked against its header when it is first
 * read; null when the header was read to place it
 * @param nodata   the value through which earlier (or later) tiles show where tiles overlap; null for none
 * @param opaque   true when even nodata pixels cover other tiles
 * @param window   true when the tile may use only part of its file (a VRT SrcRect), so the file need only hold it
 *
 * <pre>{@code
 * for (MosaicTile t : layout.tiles()) {
 *     System.out.println(t.id() + " at row " + t.row0() + ", column " + t.col0() + (t.present() ? "" : " (missing)"));
 * }
 * }</pre>
 */
public record MosaicTile(String id, String uri, boolean present, int row0, int col0, int width, int height,
                         int srcRow, int srcCol, Footprint expected, Double nodata, boolean opaque, boolean window)
        implements Serializable {

    public int row1() {
        return row0 + height;
    }

    public int col1() {
        return col0 + width;
    }

    /** Whether the tile holds any pixel of rows {@code [r0, r1)} and columns {@code [c0, c1)}. */
    public boolean meets(int r0, int r1, int c0, int c1) {
        return row0 < r1 && r0 < row1() && col0 < c1 && c0 < col1();
    }

    MosaicTile absent() {
        return new MosaicTile(id, uri, false, row0, col0, width, height, srcRow, srcCol, expected, nodata, opaque, window);
    }
}
