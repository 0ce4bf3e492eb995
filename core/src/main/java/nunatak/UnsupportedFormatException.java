package nunatak;

/**
 * A valid file uses a feature nunatak does not read (a compression, sample type or layout).
 *
 * <pre>{@code
 * try {
 *     GeoTiff.open("https://example.org/lossy-webp.tif").read(Window.of(256, 256));
 * } catch (UnsupportedFormatException e) {
 *     e.getMessage();   // names the TIFF tag (Compression (259) = 50001 ...) and how to rewrite the file
 * }
 * }</pre>
 */
public class UnsupportedFormatException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String message) {
        super(message);
    }

    public UnsupportedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
