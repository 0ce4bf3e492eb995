package nunatak.source;

import java.net.URI;
import nunatak.AccessDeniedException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;

/** Maps an HTTP status that is not a success to the right failure, the same for HTTP, GCS and S3. */
final class HttpStatus {
    private HttpStatus() {
    }

    static boolean isTransient(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** Throws the failure that {@code status} means for reading {@code range} of {@code uri}. */
    static void fail(URI uri, ByteRange range, int status, String detail) throws TransientFailure {
        String where = uri + " (" + range + ")";
        String more = detail == null || detail.isBlank() ? "" : ": " + detail;
        if (status == 404 || status == 410) {
            throw new NotFoundException(uri + ": no such object (HTTP " + status + ")" + more);
        }
        if (status == 401 || status == 403) {
            throw new AccessDeniedException(uri + ": access denied (HTTP " + status + ")" + more
                    + "; check credentials, or whether the bucket is requester-pays");
        }
        if (isTransient(status)) {
            throw new TransientFailure(where + ": HTTP " + status + more);
        }
        throw new SourceIOException(where + ": unexpected HTTP " + status + more);
    }
}
