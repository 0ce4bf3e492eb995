package nunatak;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

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
 *     e.uri();                            // Optional[s3://bucket/missing.tif]
 *     e.status();                         // OptionalInt[404]
 * }
 * }</pre>
 */
public class NunatakException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private URI uri;
    private ByteSpan range;
    private Integer status;

    public NunatakException(String message) {
        super(message);
    }

    public NunatakException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The object at fault, where one is. */
    public Optional<URI> uri() {
        return Optional.ofNullable(uri);
    }

    /** The bytes of that object being read, where it applies. */
    public Optional<ByteSpan> range() {
        return Optional.ofNullable(range);
    }

    /** The HTTP status the server answered, where one did. */
    public OptionalInt status() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Records the object at fault; returns this exception, to throw. */
    @SuppressWarnings("unchecked")
    public <T extends NunatakException> T at(URI where) {
        this.uri = where;
        return (T) this;
    }

    /** Records the object and the bytes at fault; returns this exception, to throw. */
    public <T extends NunatakException> T at(URI where, long offset, long length) {
        this.range = new ByteSpan(offset, length);
        return at(where);
    }

    /** Records the HTTP status; returns this exception, to throw. */
    @SuppressWarnings("unchecked")
    public <T extends NunatakException> T withStatus(int httpStatus) {
        this.status = httpStatus;
        return (T) this;
    }
}
