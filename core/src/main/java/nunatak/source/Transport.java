package nunatak.source;

import java.net.URI;

/**
 * One way of reading byte ranges of objects (file, HTTP, S3, GCS). A transport makes a single attempt:
 * retries, merging, concurrency and caching live in {@link RangeReader}, so every scheme gets them alike.
 */
public interface Transport {

    /**
     * Reads {@code range} of {@code uri} in one request. Returns fewer bytes only when the object ends
     * inside the range (none when it ends before it).
     *
     * @throws TransientFailure for failures worth retrying
     * @throws nunatak.NunatakException (a subtype) for permanent ones: not found, access denied
     */
    Fetched fetch(URI uri, ByteRange range) throws TransientFailure;

    /**
     * Whether near ranges should be fetched as one request. True where each request has a latency worth
     * saving (the network); false where a request costs nothing but its bytes (local files), so no gap is read
     * and no merged buffer is split again.
     */
    default boolean mergesRanges() {
        return true;
    }
}
