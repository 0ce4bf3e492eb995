package nunatak.blocks;

import java.io.Serializable;

/** One block of one tile of a layer: the tile's index in the layout, the block's column and row, its bytes. */
public record BlockRef(int tile, int bx, int by, long bytes) implements Serializable {
}
