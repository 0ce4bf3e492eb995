package nunatak;

/** The caller asked for something impossible: a window outside the image, a malformed template or option. */
public class InvalidArgumentException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public InvalidArgumentException(String message) {
        super(message);
    }

    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
