package nunatak;

/**
 * The object (file, URL, bucket key) does not exist.
 *
 * <pre>{@code
 * try {
 *     GeoTiff.open("no-such-tile.tif");
 * } catch (NotFoundException e) {
 *     e.uri();   // Optional[file:///.../no-such-tile.tif]
 * }
 * }</pre>
 */
public class NotFoundException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
