package nunatak.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.TileSlot;
import nunatak.tiff.GeoTiffCache;
import nunatak.tiff.ImageLevel;

/**
 * Turns a stage into tasks. Only blocks holding at least one needed pixel are read (a profile touches one
 * block row), and every block belongs to exactly one chunk: the one that contains its top-left pixel. So a
 * block is fetched and decoded once per computation whatever the chunk size. A chunk whose blocks hold more
 * than {@link #MAX_TASK_BYTES} of compressed data is split, in file order, into several tasks: a task's bytes
 * are held in memory from fetch to compute, and the notebook's chunks of 5000 over REMA's 8 m tiles would
 * otherwise be 150 MB each.
 */
public final class StagePlanner {
    /**
     * Compressed bytes one task may hold. A task's bytes live from fetch to compute, and the collector copies
     * whatever is live: against 32 MiB, 8 MiB cut GC pauses of a coarsen of REMA tiles over HTTP from 13 % of
     * its time to 4 % and its resident memory by 40 %; 4 MiB was slower again. 8 MiB is still a large request
     * for S3 and GCS.
     */
    public static final long MAX_TASK_BYTES = 8L << 20;

    private StagePlanner() {
    }

    public static List<BlockTask> plan(Stage s) {
        MosaicLayout layout = s.source().layout();
        int chunkRows = s.source().chunkRows();
        int chunkCols = s.source().chunkCols();
        Map<Long, List<BlockRef>> byChunk = new LinkedHashMap<>();
        long total = 0;
        for (int t = 0; t < layout.tiles().size(); t++) {
            TileSlot tile = layout.tiles().get(t);
            if (!tile.present()) {
                continue;
            }
            ImageLevel level = null;
            for (int by = 0; by < tile.blocksDown(); by++) {
                int[] ks = s.rowsOf(tile, by);
                if (ks[0] >= ks[1]) {
                    continue;
                }
                for (int bx = 0; bx < tile.blocksAcross(); bx++) {
                    int[] js = s.colsOf(tile, bx);
                    if (js[0] >= js[1]) {
                        continue;
                    }
                    if (level == null) {
                        level = GeoTiffCache.open(tile.uri(), layout.options()).level(layout.level());
                    }
                    long key = (long) ((tile.row0() + by * tile.blockHeight()) / chunkRows) << 32
                            | ((tile.col0() + bx * tile.blockWidth()) / chunkCols);
                    long bytes = level.byteCounts()[by * level.blocksAcross() + bx];
                    byChunk.computeIfAbsent(key, k -> new ArrayList<>()).add(new BlockRef(t, bx, by, bytes));
                    total += bytes;
                }
            }
        }
        // A stage that reads more than half the cache is a scan: its blocks would only evict each other.
        boolean cacheBlocks = total <= layout.options().cacheBytes() / 2;
        List<BlockTask> tasks = new ArrayList<>();
        byChunk.forEach((key, blocks) -> {
            List<BlockRef> part = new ArrayList<>();
            long bytes = 0;
            for (BlockRef b : blocks) {
                if (!part.isEmpty() && bytes + b.bytes() > MAX_TASK_BYTES) {
                    tasks.add(new BlockTask(s, part, (int) (key >>> 32), (int) (long) key, cacheBlocks));
                    part = new ArrayList<>();
                    bytes = 0;
                }
                part.add(b);
                bytes += b.bytes();
            }
            tasks.add(new BlockTask(s, part, (int) (key >>> 32), (int) (long) key, cacheBlocks));
        });
        return tasks;
    }
}
