package nunatak;

/**
 * The object exists or may exist but the credentials in use may not read it.
 *
 * <pre>{@code
 * try {
 *     GeoTiff.open("s3://a-private-bucket/40_20/40_20_32m_v2.0_dem.tif");
 * } catch (AccessDeniedException e) {
 *     e.status();   // OptionalInt[403]; the message says to check the credentials or requester-pays
 * }
 * }</pre>
 */
public class AccessDeniedException extends NunatakException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    public AccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
