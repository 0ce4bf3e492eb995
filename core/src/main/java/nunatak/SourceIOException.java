package nunatak;

/** Reading bytes failed, and kept failing after the configured retries. */
public class SourceIOException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public SourceIOException(String message) {
        super(message);
    }

    public SourceIOException(String message, Throwable cause) {
        super(message, cause);
    }
}
