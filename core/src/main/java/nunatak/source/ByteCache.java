package nunatak.source;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-JVM least-recently-used cache of fetched byte ranges, keyed by exact (URI, offset, length) and
 * bounded by total bytes. Only complete, successful reads are stored, so a failure is never replayed
 * as data. Shared by every reader in the JVM (on Spark: by all tasks of an executor).
 *
 * <p>It also remembers each object's size: a reader that finds its header here never talks to the
 * server, and would otherwise have no way to learn the size without an extra request.
 */
public final class ByteCache {
    private static final ByteCache SHARED = new ByteCache(SourceOptions.DEFAULT.cacheBytes());

    record Key(String uri, long offset, long length) {
    }

    private static final int MAX_LENGTHS = 100_000;

    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final LinkedHashMap<String, Long> lengths = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_LENGTHS;
        }
    };
    private long capacity;
    private long size;
    private long hits;
    private long misses;

    public ByteCache(long capacityBytes) {
        this.capacity = capacityBytes;
    }

    public static ByteCache shared() {
        return SHARED;
    }

    /** Grows the bound to at least {@code bytes} (several configurations in one JVM get the largest). */
    public synchronized void ensureCapacity(long bytes) {
        capacity = Math.max(capacity, bytes);
    }

    synchronized byte[] get(String uri, ByteRange range) {
        byte[] v = entries.get(new Key(uri, range.offset(), range.length()));
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    synchronized void put(String uri, ByteRange range, byte[] bytes) {
        if (bytes.length > capacity / 4) {
            return; // one huge entry would flush everything else
        }
        byte[] old = entries.put(new Key(uri, range.offset(), range.length()), bytes);
        size += bytes.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<Key, byte[]>> it = entries.entrySet().iterator();
        while (size > capacity && it.hasNext()) {
            size -= it.next().getValue().length;
            it.remove();
        }
    }

    /** The object's size in bytes as last seen by a successful read, or -1. */
    synchronized long objectLength(String uri) {
        Long n = lengths.get(uri);
        return n == null ? -1 : n;
    }

    synchronized void putObjectLength(String uri, long length) {
        lengths.put(uri, length);
    }

    public synchronized void clear() {
        entries.clear();
        lengths.clear();
        size = 0;
    }

    public synchronized long sizeBytes() {
        return size;
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }
}
