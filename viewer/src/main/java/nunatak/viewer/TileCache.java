package nunatak.viewer;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encoded tiles by style and address, least recently used first out once their bytes exceed the budget.
 *
 * <pre>{@code
 * TileCache cache = new TileCache(64L << 20);
 * cache.put(key, png);
 * byte[] again = cache.get(key);   // null once evicted
 * }</pre>
 */
final class TileCache {
    private final long budget;
    private final LinkedHashMap<String, byte[]> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    TileCache(long budgetBytes) {
        this.budget = budgetBytes;
    }

    synchronized byte[] get(String key) {
        byte[] t = tiles.get(key);
        if (t == null) {
            misses++;
        } else {
            hits++;
        }
        return t;
    }

    synchronized void put(String key, byte[] tile) {
        if (tile.length > budget) {
            return;
        }
        byte[] old = tiles.put(key, tile);
        bytes += tile.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<String, byte[]>> eldest = tiles.entrySet().iterator();
        while (bytes > budget && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** {tiles, bytes, hits, misses}. */
    synchronized long[] stats() {
        return new long[] {tiles.size(), bytes, hits, misses};
    }
}
