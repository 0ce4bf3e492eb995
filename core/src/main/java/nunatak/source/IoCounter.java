package nunatak.source;

import java.io.Serializable;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one piece of work fetched: requests, bytes, retries and ranges served from the cache. A task passes one to
 * the readers it calls, so a job's cost is summed from its tasks on whichever executors ran them, not read off
 * per-JVM counters.
 *
 * <pre>{@code
 * GeoTiff tif = GeoTiff.open("dem.tif");
 * List<ByteRange> ranges = List.of(tif.blockRange(0, 0, 0), tif.blockRange(0, 1, 0));
 * IoCounter io = new IoCounter();
 * tif.reader().readAll(ranges, true, io);
 * io.requests();   // requests this call made, retries included
 * }</pre>
 */
public final class IoCounter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAdder requests = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();

    void request(long n) {
        requests.increment();
        bytes.add(n);
    }

    void retry() {
        retries.increment();
    }

    void cacheHit() {
        cacheHits.increment();
    }

    /** Counts {@code n} blocks served from a cache above this layer (decoded blocks kept in the JVM). */
    public void cacheHits(long n) {
        cacheHits.add(n);
    }

    public long requests() {
        return requests.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    public long retries() {
        return retries.sum();
    }

    public long cacheHits() {
        return cacheHits.sum();
    }

    /** Adds another counter's counts to this one. */
    public void add(IoCounter o) {
        requests.add(o.requests());
        bytes.add(o.bytes());
        retries.add(o.retries());
        cacheHits.add(o.cacheHits());
    }
}
