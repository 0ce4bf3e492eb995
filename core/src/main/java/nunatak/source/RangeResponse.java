package nunatak.source;

import java.net.URI;
import nunatak.SourceIOException;

/**
 * Checks that an answer to a ranged GET is what was asked for, for every HTTP-based transport alike:
 * 206 with a {@code Content-Range} that starts at the requested offset and a body of the announced
 * length; 200 only when the whole object fits the request (servers answer so for small files); 416 when
 * the object ends before the range starts. Bodies may arrive cut off one byte past the request
 * ({@link HttpTransport.BoundedRead}), which is enough to tell that a server sent more than was asked.
 */
final class RangeResponse {
    private RangeResponse() {
    }

    static Fetched interpret(URI uri, ByteRange range, int status, String contentRange, byte[] body)
            throws TransientFailure {
        String where = uri + " (" + range + ")";
        if (status == 206) {
            ContentRange cr = ContentRange.parse(contentRange);
            if (cr == null || cr.first() < 0) {
                throw new SourceIOException(where + ": HTTP 206 without a valid Content-Range header ("
                        + contentRange + ")");
            }
            if (cr.first() != range.offset() || cr.last() > range.end() - 1) {
                throw new SourceIOException(where + ": server sent Content-Range " + contentRange
                        + ", which is not the requested range");
            }
            if (body.length < cr.length()) {
                throw new TransientFailure(where + ": short body, " + body.length + " of " + cr.length() + " bytes");
            }
            if (body.length > cr.length()) {
                throw new SourceIOException(where + ": HTTP 206 body is longer than its Content-Range "
                        + contentRange + " announces");
            }
            boolean endsEarly = cr.last() < range.end() - 1;
            if (endsEarly && (cr.total() < 0 || cr.last() != cr.total() - 1)) {
                throw new TransientFailure(where + ": server returned only " + contentRange
                        + " although the object is larger");
            }
            return new Fetched(body, cr.total());
        }
        if (status == 200) {
            if (range.offset() == 0 && body.length <= range.length()) {
                return new Fetched(body, body.length);
            }
            throw new SourceIOException(where + ": server ignored the Range header (HTTP 200 with the whole object "
                    + "instead of 206 Partial Content); nunatak needs a server that supports range requests");
        }
        if (status == 416) {
            ContentRange cr = ContentRange.parse(contentRange);
            // Nothing is satisfiable from offset 0 only in an empty object.
            long total = cr != null ? cr.total() : range.offset() == 0 ? 0 : -1;
            if (total > range.offset()) {
                throw new SourceIOException(where + ": HTTP 416 although the server says the object has " + total
                        + " bytes");
            }
            return new Fetched(new byte[0], total);
        }
        HttpStatus.fail(uri, range, status, HttpStatus.errorDetail(body));
        throw new AssertionError("unreachable");
    }
}
