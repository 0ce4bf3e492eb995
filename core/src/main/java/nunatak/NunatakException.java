package nunatak;

/**
 * Root of every error nunatak raises. Unchecked, so lazy pipelines can propagate it through
 * executors and Spark tasks unchanged; the message always names the object (URI) at fault and,
 * where it applies, the byte range, HTTP status or TIFF tag, and what to do about it.
 *
 * <pre>{@code
 * try {
 *     GeoTiff.open("s3://bucket/missing.tif");
 * } catch (NotFoundException e) {
 *     System.err.println(e.getMessage()); // s3://bucket/missing.tif: no such object (HTTP 404) ...
 * }
 * }</pre>
 */
public class NunatakException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NunatakException(String message) {
        super(message);
    }

    public NunatakException(String message, Throwable cause) {
        super(message, cause);
    }
}
