package nunatak.blocks;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import nunatak.tiff.Samples;

/**
 * Per-JVM least-recently-used cache of decoded blocks, bounded by their bytes: a job that reads blocks an earlier
 * job of the session decoded (a profile after a coarsen) neither fetches nor decodes them again. Only blocks that
 * were fetched and decoded whole, integrity checks included, are stored; a cached block is shared and never
 * written to.
 *
 * <p>The budget is a fraction of the maximum heap, {@value #DEFAULT_FRACTION} unless the system property
 * {@code nunatak.decodedCacheFraction} says otherwise ({@code 0} turns the cache off). A job whose blocks exceed
 * the budget is a scan: its blocks fill free room but evict nothing, so a large scan neither churns the cache nor
 * pushes out what smaller jobs keep.
 *
 * <pre>{@code
 * DecodedBlockCache.shared().capacity(0);              // off, e.g. to measure cold reads
 * DecodedBlockCache.shared().capacity(512L << 20);     // 512 MiB
 * }</pre>
 */
public final class DecodedBlockCache {
    static final double DEFAULT_FRACTION = 0.5;
    private static final DecodedBlockCache SHARED = new DecodedBlockCache(defaultCapacity());

    /** A block of one band of one level of one file, with or without its mask applied. */
    record Key(String uri, int level, int band, boolean masked, int bx, int by) {
    }

    private final LinkedHashMap<Key, Samples> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long capacity;
    private long size;

    DecodedBlockCache(long capacityBytes) {
        this.capacity = capacityBytes;
    }

    public static DecodedBlockCache shared() {
        return SHARED;
    }

    private static long defaultCapacity() {
        String p = System.getProperty("nunatak.decodedCacheFraction");
        double f = DEFAULT_FRACTION;
        if (p != null) {
            try {
                f = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                f = -1;
            }
            if (!(f >= 0 && f <= 0.9)) {
                throw new nunatak.InvalidArgumentException("-Dnunatak.decodedCacheFraction=" + p
                        + ": expected a fraction of the heap between 0 (no cache) and 0.9");
            }
        }
        return (long) (f * Runtime.getRuntime().maxMemory());
    }

    /** Sets the budget in bytes (0 turns the cache off), evicting what no longer fits. */
    public synchronized void capacity(long bytes) {
        capacity = Math.max(0, bytes);
        evictTo(capacity);
    }

    public synchronized long capacity() {
        return capacity;
    }

    public synchronized boolean enabled() {
        return capacity > 0;
    }

    synchronized Samples get(Key k) {
        return capacity > 0 ? entries.get(k) : null;
    }

    /**
     * Keeps a decoded block. With {@code evict}, older blocks make room (LRU); without (a scan), it is kept only if
     * it fits in the free room. Returns whether it was kept (the caller must then never write to it).
     */
    synchronized boolean put(Key k, Samples s, boolean evict) {
        long bytes = bytesOf(s);
        if (bytes > capacity / 4 || (!evict && size + bytes > capacity)) {
            return false;
        }
        Samples old = entries.put(k, s);
        size += bytes - (old == null ? 0 : bytesOf(old));
        evictTo(capacity);
        return entries.get(k) == s;
    }

    public synchronized void clear() {
        entries.clear();
        size = 0;
    }

    public synchronized long sizeBytes() {
        return size;
    }

    private void evictTo(long bound) {
        Iterator<Map.Entry<Key, Samples>> it = entries.entrySet().iterator();
        while (size > bound && it.hasNext()) {
            size -= bytesOf(it.next().getValue());
            it.remove();
        }
    }

    static long bytesOf(Samples s) {
        return s instanceof Samples.F32 ? 4L * s.size() : 8L * s.size();
    }
}
