package nunatak.blocks;

import java.io.Serializable;
import nunatak.tiff.Samples;

/**
 * What a task fetched from one layer: each block's bytes and, when masks are used, its mask block's (or null); a
 * block the {@link DecodedBlockCache} held has no bytes but its decoded samples.
 */
public record LayerBytes(byte[][] blocks, byte[][] masks, Samples[] decoded) implements Serializable {
}
