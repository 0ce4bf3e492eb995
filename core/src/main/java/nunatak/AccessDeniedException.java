package nunatak;

/** The object exists or may exist but the credentials in use may not read it. */
public class AccessDeniedException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    public AccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
