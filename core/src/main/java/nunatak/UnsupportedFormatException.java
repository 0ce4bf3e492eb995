package nunatak;

/** A valid file uses a feature nunatak does not read (a compression, sample type or layout). */
public class UnsupportedFormatException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String message) {
        super(message);
    }

    public UnsupportedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
