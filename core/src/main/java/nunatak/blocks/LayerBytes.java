package nunatak.blocks;

import java.io.Serializable;

/** What a task fetched from one layer: each block's bytes and, when masks are used, its mask block's (or null). */
public record LayerBytes(byte[][] blocks, byte[][] masks) implements Serializable {
}
