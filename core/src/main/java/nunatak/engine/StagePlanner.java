package nunatak.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.array.IndexMap;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.TileSlot;
import nunatak.tiff.GeoTiff;
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
    /** Compressed bytes one task may hold; with a few tasks in flight, a 1 GB heap is plenty. */
    public static final long MAX_TASK_BYTES = 32L << 20;

    private StagePlanner() {
    }

    public static List<BlockTask> plan(Stage s) {
        MosaicLayout layout = s.source().layout();
        int chunkRows = s.source().chunkRows();
        int chunkCols = s.source().chunkCols();
        Map<Long, List<BlockRef>> byChunk = new LinkedHashMap<>();
        int usedRows = s.usedRows();
        int usedCols = s.usedCols();
        for (int t = 0; t < layout.tiles().size(); t++) {
            TileSlot tile = layout.tiles().get(t);
            if (!tile.present()) {
                continue;
            }
            int[] tileRows = clip(s.rowMap().within(tile.row0(), tile.row0() + tile.height()), usedRows);
            int[] tileCols = clip(s.colMap().within(tile.col0(), tile.col0() + tile.width()), usedCols);
            if (tileRows[0] >= tileRows[1] || tileCols[0] >= tileCols[1]) {
                continue;
            }
            ImageLevel level = GeoTiffCache.open(tile.uri(), layout.options()).level(layout.level());
            for (int by = 0; by < tile.blocksDown(); by++) {
                if (!holds(s.rowMap(), tile.row0() + by * tile.blockHeight(), tile.row0()
                        + Math.min(tile.height(), (by + 1) * tile.blockHeight()), tileRows)) {
                    continue;
                }
                for (int bx = 0; bx < tile.blocksAcross(); bx++) {
                    if (!holds(s.colMap(), tile.col0() + bx * tile.blockWidth(), tile.col0()
                            + Math.min(tile.width(), (bx + 1) * tile.blockWidth()), tileCols)) {
                        continue;
                    }
                    long key = (long) ((tile.row0() + by * tile.blockHeight()) / chunkRows) << 32
                            | ((tile.col0() + bx * tile.blockWidth()) / chunkCols);
                    long bytes = level.byteCounts()[by * level.blocksAcross() + bx];
                    byChunk.computeIfAbsent(key, k -> new ArrayList<>()).add(new BlockRef(t, bx, by, bytes));
                }
            }
        }
        List<BlockTask> tasks = new ArrayList<>();
        byChunk.forEach((key, blocks) -> {
            List<BlockRef> part = new ArrayList<>();
            long bytes = 0;
            for (BlockRef b : blocks) {
                if (!part.isEmpty() && bytes + b.bytes() > MAX_TASK_BYTES) {
                    tasks.add(new BlockTask(s, part, (int) (key >>> 32), (int) (long) key));
                    part = new ArrayList<>();
                    bytes = 0;
                }
                part.add(b);
                bytes += b.bytes();
            }
            tasks.add(new BlockTask(s, part, (int) (key >>> 32), (int) (long) key));
        });
        return tasks;
    }

    private static int[] clip(int[] range, int used) {
        return new int[] {range[0], Math.min(range[1], used)};
    }

    /** Whether some grid position in {@code allowed} maps into parent positions {@code [from, to)}. */
    private static boolean holds(IndexMap map, int from, int to, int[] allowed) {
        int[] r = map.within(from, to);
        return Math.max(r[0], allowed[0]) < Math.min(r[1], allowed[1]);
    }
}
