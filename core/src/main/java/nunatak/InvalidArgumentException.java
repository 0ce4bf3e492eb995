package nunatak;

/**
 * The caller asked for something impossible: a window outside the image, a malformed template or option.
 *
 * <pre>{@code
 * try {
 *     dem.sel("y", 123.0);
 * } catch (InvalidArgumentException e) {
 *     e.getMessage();   // no y coordinate equals 123.0; use method nearest to pick the closest pixel centre
 * }
 * }</pre>
 */
public class InvalidArgumentException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public InvalidArgumentException(String message) {
        super(message);
    }

    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
