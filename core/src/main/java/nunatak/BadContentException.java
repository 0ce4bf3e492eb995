package nunatak;

/** The bytes were read but are not what they claim to be: a truncated, corrupt or non-TIFF file. */
public class BadContentException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public BadContentException(String message) {
        super(message);
    }

    public BadContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
