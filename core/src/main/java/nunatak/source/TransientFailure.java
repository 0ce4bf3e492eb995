package nunatak.source;

/**
 * Raised by a {@link Transport} for a failure worth retrying: connection refused or reset, a timeout,
 * HTTP 408/429/5xx, a body shorter than announced. Never escapes a {@link RangeReader}: after the last
 * retry it becomes a {@link nunatak.SourceIOException} naming the URI and range.
 */
public final class TransientFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public TransientFailure(String message) {
        super(message);
    }

    public TransientFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
