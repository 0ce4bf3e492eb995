package nunatak;

/** The object (file, URL, bucket key) does not exist. */
public class NotFoundException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
