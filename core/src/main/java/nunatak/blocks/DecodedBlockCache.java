package nunatak.blocks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nunatak.InvalidArgumentException;
import nunatak.tiff.DataType;
import nunatak.tiff.Samples;

/**
 * Per-JVM least-recently-used cache of decoded blocks, bounded by their bytes: a job that reads blocks an earlier
 * job of the session decoded (a profile after a coarsen) neither fetches nor decodes them again. Only blocks that
 * were fetched and decoded whole, integrity checks included, are stored, as copies.
 *
 * <p>Blocks are kept off the heap, in direct buffers: half a heap of live float arrays made the parallel collector
 * copy and compact them again and again (a 32 m coarsen with {@code -Xmx1g} took 1 s of pauses instead of 0.2 s).
 * The budget is a fraction of the maximum heap, {@value #DEFAULT_FRACTION} unless the system property
 * {@code nunatak.decodedCacheFraction} says otherwise ({@code 0} turns the cache off; a source whose
 * {@code SourceOptions.cacheBytes} is 0 bypasses it, as it bypasses the cache of fetched bytes). A job whose decoded blocks
 * exceed the budget is a scan and keeps none (it still reads what the cache holds): keeping part of a scan cost the
 * copies and the memory and rarely held what the next job needed (11 of a 32 m profile's 21 blocks after a coarsen
 * that filled half of {@code -Xmx1g}), and a scan that evicted would only churn. Blocks a later job was announced
 * to read ({@link #expect}) are the exception: a scan keeps those for it, so a profile after a coarsen costs a
 * cached read.
 *
 * <pre>{@code
 * DecodedBlockCache.shared().capacity(0);              // off, e.g. to measure cold reads
 * DecodedBlockCache.shared().capacity(512L << 20);     // 512 MiB
 * }</pre>
 */
public final class DecodedBlockCache {
    /**
     * A tenth of the heap: enough for the jobs of an exploration (profiles, windows, a region again), while a whole
     * mosaic's scan stays a scan. Keeping every block of the 32 m sample's coarsen (735 MiB, with -Xmx2g and 0.5) made
     * its profile 0.01-0.02 s instead of 0.07 s, but the coarsen 1.19x slower (0.3-0.9 s; the copies into fresh
     * memory) with the same heap on a quiet machine, up to 1.6x under load (bench/README.md, issue 15).
     */
    static final double DEFAULT_FRACTION = 0.1;
    /** A 32 x 32 block of float32: COGs' blocks are rarely smaller, so the bound on announcements is generous. */
    private static final long SMALLEST_BLOCK = 4096;
    private static final DecodedBlockCache SHARED = new DecodedBlockCache(defaultCapacity());

    /** A block of one band of one level of one file, with or without its mask applied. */
    record Key(String uri, int level, int band, boolean masked, int bx, int by) {
    }

    private final LinkedHashMap<Key, ByteBuffer> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final Set<Key> expected = new HashSet<>();
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
                throw new InvalidArgumentException("-Dnunatak.decodedCacheFraction=" + p
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

    /** The kept block, to read with {@link #copy}; null when absent. It stays valid after an eviction. */
    synchronized ByteBuffer get(Key k) {
        if (capacity == 0) {
            return null;
        }
        ByteBuffer b = entries.get(k);
        if (b != null) {
            expected.remove(k); // the announced job has it; from now on it is an ordinary entry
        }
        return b;
    }

    /**
     * Announces that a later job reads this block: a job that decodes it keeps it even when that job is a scan.
     * The announcement ends when the block is read from the cache, or with {@link #clear}. Announcements beyond what
     * the budget could hold (counted in blocks of {@value #SMALLEST_BLOCK} bytes) are ignored: those blocks would
     * only evict each other, and an array announced but never computed must not grow the set without bound.
     */
    synchronized void expect(Key k) {
        if (capacity > 0 && expected.size() < capacity / SMALLEST_BLOCK && !entries.containsKey(k)) {
            expected.add(k);
        }
    }

    /** Whether a later job was announced to read this block and has not read it yet. */
    synchronized boolean expected(Key k) {
        return expected.contains(k);
    }

    /** Keeps a copy of a decoded block; the least recently used blocks make room. */
    void put(Key k, Samples s) {
        long bytes = s instanceof Samples.F32 ? 4L * s.size() : 8L * s.size();
        synchronized (this) {
            if (bytes > capacity / 4 || entries.containsKey(k)) {
                return;
            }
        }
        ByteBuffer copy;
        try {
            copy = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.nativeOrder());
        } catch (OutOfMemoryError e) {
            return; // direct memory is short (-XX:MaxDirectMemorySize): the block is simply not kept
        }
        if (s instanceof Samples.F32 f) {
            copy.asFloatBuffer().put(f.values());
        } else {
            copy.asDoubleBuffer().put(((Samples.F64) s).values());
        }
        synchronized (this) {
            if (entries.containsKey(k)) {
                return;
            }
            entries.put(k, copy);
            size += bytes;
            evictTo(capacity);
        }
    }

    /** The block's samples, written into {@code reuse} when it has the right type and size, else a new array. */
    static Samples copy(ByteBuffer kept, DataType type, Samples reuse) {
        int n = type == DataType.FLOAT32 ? kept.capacity() / 4 : kept.capacity() / 8;
        Samples out = reuse != null && reuse.size() == n && (reuse instanceof Samples.F32) == (type == DataType.FLOAT32)
                ? reuse : Samples.allocate(type, n);
        if (out instanceof Samples.F32 f) {
            kept.duplicate().order(ByteOrder.nativeOrder()).asFloatBuffer().get(f.values());
        } else {
            kept.duplicate().order(ByteOrder.nativeOrder()).asDoubleBuffer().get(((Samples.F64) out).values());
        }
        return out;
    }

    public synchronized void clear() {
        entries.clear();
        expected.clear();
        size = 0;
    }

    public synchronized long sizeBytes() {
        return size;
    }

    private void evictTo(long bound) {
        Iterator<Map.Entry<Key, ByteBuffer>> it = entries.entrySet().iterator();
        while (size > bound && it.hasNext()) {
            size -= it.next().getValue().capacity();
            it.remove();
        }
    }
}
