package nunatak.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.AccessDeniedException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;

/** Maps an HTTP status that is not a success to the right failure, the same for HTTP, GCS and S3. */
final class HttpStatus {
    /** Error bodies are read only this far: enough for an S3/GCS XML error, never a whole HTML page. */
    static final int ERROR_BODY_LIMIT = 4096;
    private static final Pattern XML_FIELD = Pattern.compile("<(Code|Message)>([^<]{1,300})</\\1>");

    private HttpStatus() {
    }

    /** The {@code Code} and {@code Message} of an S3/GCS XML error body, or null for anything else. */
    static String errorDetail(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        String text = new String(body, 0, Math.min(body.length, ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        Matcher m = XML_FIELD.matcher(text);
        while (m.find()) {
            sb.append(sb.length() == 0 ? "" : " ").append(m.group(2).trim());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static boolean isTransient(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** Throws the failure that {@code status} means for reading {@code range} of {@code uri}. */
    static void fail(URI uri, ByteRange range, int status, String detail) throws TransientFailure {
        String where = uri + " (" + range + ")";
        String more = detail == null || detail.isBlank() ? "" : ": " + detail;
        if (status == 404 || status == 410) {
            throw new NotFoundException(uri + ": no such object (HTTP " + status + ")" + more)
                    .at(uri, range.offset(), range.length()).withStatus(status);
        }
        if (status == 401 || status == 403) {
            throw new AccessDeniedException(uri + ": access denied (HTTP " + status + ")" + more
                    + "; check credentials, or whether the bucket is requester-pays")
                    .at(uri, range.offset(), range.length()).withStatus(status);
        }
        if (isTransient(status)) {
            throw new TransientFailure(where + ": HTTP " + status + more);
        }
        throw new SourceIOException(where + ": unexpected HTTP " + status + more)
                .at(uri, range.offset(), range.length()).withStatus(status);
    }
}
