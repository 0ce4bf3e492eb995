package nunatak;

/**
 * The bytes were read but are not what they claim to be: a truncated, corrupt or non-TIFF file.
 *
 * <pre>{@code
 * try {
 *     GeoTiff.open("truncated.tif");
 * } catch (BadContentException e) {
 *     e.range();   // Optional[bytes 1139886-1339635]: a block that lies past the end of the file
 * }
 * }</pre>
 */
public class BadContentException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public BadContentException(String message) {
        super(message);
    }

    public BadContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
