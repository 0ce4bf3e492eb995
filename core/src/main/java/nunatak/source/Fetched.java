package nunatak.source;

/**
 * What one transport request returned: the bytes from the requested offset (fewer than asked only
 * when the object ends first) and the object's total size when the server told us (-1 if not).
 */
public record Fetched(byte[] bytes, long objectLength) {
}
