package nunatak;

/**
 * Reading bytes failed, and kept failing after the configured retries.
 *
 * <pre>{@code
 * try {
 *     GeoTiff.open("https://busy.example.org/rema/40_20_32m_v2.0_dem.tif");
 * } catch (SourceIOException e) {
 *     e.getMessage();   // the URI, the bytes asked for, the attempts made and the last failure (e.g. HTTP 503)
 * }
 * }</pre>
 */
public class SourceIOException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public SourceIOException(String message) {
        super(message);
    }

    public SourceIOException(String message, Throwable cause) {
        super(message, cause);
    }
}
