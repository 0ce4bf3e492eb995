package nunatak.blocks;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.mosaic.MosaicTile;
import nunatak.source.ByteRange;
import nunatak.source.ByteSlice;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.GeoTiffCache;

/**
 * The blocks one task reads from one layer, as a serializable descriptor: the tiles they belong to (placement,
 * URI) and the block list. {@link #fetch()} is the I/O (one merged batch per tile); {@link #decode} gives the
 * pixels row by row, tiles composited by the overlap rule.
 */
public final class TaskLayer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LayerFacts facts;
    private final List<Integer> tileIndex;
    private final List<MosaicTile> tiles;
    private final List<BlockRef> blocks;
    private final boolean[] cache;
    private final boolean scan;

    TaskLayer(LayerFacts facts, List<Integer> tileIndex, List<MosaicTile> tiles, List<BlockRef> blocks, boolean[] cache,
              boolean scan) {
        this.facts = facts;
        this.tileIndex = List.copyOf(tileIndex);
        this.tiles = List.copyOf(tiles);
        this.blocks = List.copyOf(blocks);
        this.cache = cache.clone();
        this.scan = scan;
    }

    public List<BlockRef> blocks() {
        return blocks;
    }

    /** Whether block {@code i} goes through the per-JVM block cache. */
    public boolean cachesBlock(int i) {
        return cache[i];
    }

    public long bytes() {
        long b = 0;
        for (BlockRef r : blocks) {
            b += r.bytes();
        }
        return b;
    }

    /** The layout index of the first tile read, for grouping neighbouring tasks. */
    public int firstTile() {
        return blocks.isEmpty() ? -1 : blocks.get(0).tile();
    }

    /**
     * Fetches every block that the {@link DecodedBlockCache} does not hold (those count as cache hits): one batch of
     * merged, concurrent requests per tile (and per cache choice); with masks, the tiles' mask blocks too.
     */
    public LayerBytes fetch(nunatak.source.IoCounter io) {
        Map<List<Integer>, List<Integer>> batches = new LinkedHashMap<>();
        ByteBuffer[] kept = new ByteBuffer[blocks.size()];
        DecodedBlockCache decoded = DecodedBlockCache.shared();
        for (int i = 0; i < blocks.size(); i++) {
            if (keepsDecoded() && (kept[i] = decoded.get(decodedKey(blocks.get(i)))) != null) {
                io.cacheHits(1);
                continue;
            }
            batches.computeIfAbsent(List.of(blocks.get(i).tile(), cache[i] ? 1 : 0), k -> new ArrayList<>()).add(i);
        }
        ByteSlice[] out = new ByteSlice[blocks.size()];
        ByteSlice[] masks = facts.useMask() ? new ByteSlice[blocks.size()] : null;
        batches.forEach((batch, indices) -> {
            GeoTiff tif = tiff(batch.get(0));
            boolean masked = masks != null && tif.mask(facts.level()).isPresent();
            List<ByteRange> ranges = new ArrayList<>();
            for (int i : indices) {
                BlockRef b = blocks.get(i);
                ranges.add(tif.blockRange(facts.level(), facts.band(), b.bx(), b.by()));
                if (masked) {
                    ranges.add(tif.maskBlockRange(facts.level(), b.bx(), b.by()));
                }
            }
            List<ByteSlice> got = tif.reader().readSlices(ranges, batch.get(1) == 1, io);
            int step = masked ? 2 : 1;
            for (int k = 0; k < indices.size(); k++) {
                out[indices.get(k)] = got.get(k * step);
                if (masked) {
                    masks[indices.get(k)] = got.get(k * step + 1);
                }
            }
        });
        return new LayerBytes(out, masks, kept);
    }

    /** The block's key in the {@link DecodedBlockCache}. */
    DecodedBlockCache.Key decodedKey(BlockRef b) {
        return new DecodedBlockCache.Key(tiles.get(positionOf(b.tile())).uri(), facts.level(), facts.band(),
                facts.useMask(), b.bx(), b.by());
    }

    /**
     * Announces to the {@link DecodedBlockCache} that this task will read its blocks later: a job that decodes them
     * before then keeps them for it, even a scan. Nothing happens when this layer bypasses the cache.
     */
    public void expectLater() {
        if (keepsDecoded()) {
            DecodedBlockCache decoded = DecodedBlockCache.shared();
            blocks.forEach(b -> decoded.expect(decodedKey(b)));
        }
    }

    /** Whether this layer's blocks go through the {@link DecodedBlockCache}: not when its source's caching is off. */
    boolean keepsDecoded() {
        return facts.options().cacheBytes() > 0 && DecodedBlockCache.shared().enabled();
    }

    /** Whether this task's job is a scan larger than the {@link DecodedBlockCache}'s budget (its blocks are not kept). */
    boolean scan() {
        return scan;
    }

    /** The fetched blocks as rows of mosaic pixels; blocks are decoded when a row first needs them. */
    public DecodedRows decode(LayerBytes fetched) {
        return new DecodedRows(this, fetched);
    }

    LayerFacts facts() {
        return facts;
    }

    List<MosaicTile> tiles() {
        return tiles;
    }

    int positionOf(int layoutIndex) {
        return tileIndex.indexOf(layoutIndex);
    }

    GeoTiff tiff(int layoutIndex) {
        return GeoTiffCache.open(tiles.get(positionOf(layoutIndex)).uri(), facts.options());
    }

    @Override
    public String toString() {
        return blocks.size() + " blocks of " + tiles.size() + " tile(s) of " + facts.source();
    }
}
