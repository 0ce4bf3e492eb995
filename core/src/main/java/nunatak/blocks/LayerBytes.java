package nunatak.blocks;

import java.io.Serializable;
import java.nio.ByteBuffer;
import nunatak.source.ByteSlice;

/**
 * What a task fetched from one layer: each block's bytes and, when masks are used, its mask block's (or null); a
 * block the {@link DecodedBlockCache} held has no bytes but its kept copy (read within the JVM that fetched it).
 */
public record LayerBytes(ByteSlice[] blocks, ByteSlice[] masks, ByteBuffer[] kept) implements Serializable {
}
