package nunatak.blocks;

import nunatak.mosaic.MosaicTile;
import nunatak.tiff.ImageLevel;

/**
 * The blocks of one present tile at the layer's level, placed in mosaic pixels: block (bx, by) holds mosaic rows
 * from {@code tile.row0() - tile.srcRow() + by·blockHeight} (clipped to the part of the file the tile uses).
 */
record TileGrid(int index, MosaicTile tile, int blockWidth, int blockHeight, int blocksAcross, int blocksDown,
                long[] byteCounts) {

    static TileGrid of(int index, MosaicTile tile, ImageLevel level) {
        return new TileGrid(index, tile, level.blockWidth(), level.blockHeight(), level.blocksAcross(),
                level.blocksDown(), level.byteCounts());
    }

    /** First mosaic row of block row {@code by}, before clipping. */
    int blockRow0(int by) {
        return tile.row0() - tile.srcRow() + by * blockHeight;
    }

    int blockCol0(int bx) {
        return tile.col0() - tile.srcCol() + bx * blockWidth;
    }

    /** Block rows {@code [by0, by1)} holding mosaic rows {@code [r0, r1)} of the tile's used part. */
    int[] blockRows(int r0, int r1) {
        int from = Math.max(r0, tile.row0()) - tile.row0() + tile.srcRow();
        int to = Math.min(r1, tile.row1()) - tile.row0() + tile.srcRow();
        return to <= from ? new int[] {0, 0} : new int[] {from / blockHeight, Math.min(blocksDown, (to - 1) / blockHeight + 1)};
    }

    int[] blockCols(int c0, int c1) {
        int from = Math.max(c0, tile.col0()) - tile.col0() + tile.srcCol();
        int to = Math.min(c1, tile.col1()) - tile.col0() + tile.srcCol();
        return to <= from ? new int[] {0, 0} : new int[] {from / blockWidth, Math.min(blocksAcross, (to - 1) / blockWidth + 1)};
    }

    long bytes(int bx, int by) {
        return byteCounts[by * blocksAcross + bx];
    }
}
