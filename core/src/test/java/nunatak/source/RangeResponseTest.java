package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import nunatak.AccessDeniedException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an answer to a ranged GET may be, independent of the transport that got it. */
class RangeResponseTest {
    private static final URI URI_ = URI.create("https://example.org/dem.tif");
    private static final ByteRange RANGE = new ByteRange(100, 10);
    private static final String WHERE = "https://example.org/dem.tif (bytes 100-109)";

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i + 1);
        }
        return b;
    }

    @Test
    void a206ForExactlyTheRangeIsTheData() throws TransientFailure {
        Fetched f = RangeResponse.interpret(URI_, RANGE, 206, "bytes 100-109/1000", bytes(10));
        assertArrayEquals(bytes(10), f.bytes());
        assertEquals(1000, f.objectLength());
    }

    @Test
    void a206ThatEndsWithTheObjectIsShortOnPurpose() throws TransientFailure {
        Fetched f = RangeResponse.interpret(URI_, RANGE, 206, "bytes 100-103/104", bytes(4));
        assertEquals(4, f.bytes().length);
        assertEquals(104, f.objectLength());
    }

    @Test
    void a206ForAnotherRangeIsRejected() {
        SourceIOException e = assertThrows(SourceIOException.class,
                () -> RangeResponse.interpret(URI_, RANGE, 206, "bytes 0-9/1000", bytes(10)));
        assertTrue(e.getMessage().startsWith(WHERE) && e.getMessage().contains("not the requested range"), e::getMessage);
        assertThrows(SourceIOException.class,
                () -> RangeResponse.interpret(URI_, RANGE, 206, "bytes 100-119/1000", bytes(20)));
    }

    @Test
    void a206WithoutAUsableContentRangeIsRejected() {
        assertThrows(SourceIOException.class, () -> RangeResponse.interpret(URI_, RANGE, 206, null, bytes(10)));
        assertThrows(SourceIOException.class, () -> RangeResponse.interpret(URI_, RANGE, 206, "bytes */1000", bytes(10)));
    }

    @Test
    void aShortBodyIsRetried() {
        TransientFailure e = assertThrows(TransientFailure.class,
                () -> RangeResponse.interpret(URI_, RANGE, 206, "bytes 100-109/1000", bytes(6)));
        assertTrue(e.getMessage().startsWith(WHERE) && e.getMessage().contains("short body, 6 of 10"), e::getMessage);
    }

    @Test
    void aServerStoppingShortOfTheRangeInsideTheObjectIsRetried() {
        assertThrows(TransientFailure.class,
                () -> RangeResponse.interpret(URI_, RANGE, 206, "bytes 100-104/1000", bytes(5)));
        assertThrows(TransientFailure.class, () -> RangeResponse.interpret(URI_, RANGE, 206, "bytes 100-104/*", bytes(5)));
    }

    @Test
    void aBodyLongerThanAnnouncedIsRejected() {
        assertThrows(SourceIOException.class,
                () -> RangeResponse.interpret(URI_, RANGE, 206, "bytes 100-109/1000", bytes(11)));
    }

    @Test
    void a200IsTheDataOnlyWhenTheWholeObjectWasAskedFor() throws TransientFailure {
        Fetched whole = RangeResponse.interpret(URI_, new ByteRange(0, 16384), 200, null, bytes(8));
        assertArrayEquals(bytes(8), whole.bytes());
        assertEquals(8, whole.objectLength());
        Fetched exact = RangeResponse.interpret(URI_, new ByteRange(0, 8), 200, null, bytes(8));
        assertEquals(8, exact.objectLength());
    }

    @Test
    void a200ForAPartIsAClearError() {
        SourceIOException e = assertThrows(SourceIOException.class,
                () -> RangeResponse.interpret(URI_, RANGE, 200, null, bytes(10)));
        assertTrue(e.getMessage().startsWith(WHERE) && e.getMessage().contains("ignored the Range header"), e::getMessage);
        // From offset 0 too, once the body is larger than what was asked for (HttpTransport.BoundedRead stops one byte past it).
        assertThrows(SourceIOException.class, () -> RangeResponse.interpret(URI_, new ByteRange(0, 10), 200, null, bytes(11)));
    }

    @Test
    void a416PastTheEndMeansNoBytes() throws TransientFailure {
        Fetched f = RangeResponse.interpret(URI_, new ByteRange(5000, 10), 416, "bytes */4000", new byte[0]);
        assertEquals(0, f.bytes().length);
        assertEquals(4000, f.objectLength());
        assertEquals(-1, RangeResponse.interpret(URI_, RANGE, 416, null, new byte[0]).objectLength());
        assertEquals(0, RangeResponse.interpret(URI_, new ByteRange(0, 10), 416, null, new byte[0]).objectLength());
    }

    @Test
    void a416InsideTheObjectIsAnError() {
        assertThrows(SourceIOException.class,
                () -> RangeResponse.interpret(URI_, RANGE, 416, "bytes */4000", new byte[0]));
    }

    @Test
    void missingAndForbiddenAreNotRetried() {
        NotFoundException nf = assertThrows(NotFoundException.class,
                () -> RangeResponse.interpret(URI_, RANGE, 404, null, new byte[0]));
        assertTrue(nf.getMessage().startsWith("https://example.org/dem.tif: no such object (HTTP 404)"), nf::getMessage);
        assertThrows(NotFoundException.class, () -> RangeResponse.interpret(URI_, RANGE, 410, null, new byte[0]));
        AccessDeniedException ad = assertThrows(AccessDeniedException.class, () -> RangeResponse.interpret(URI_, RANGE, 403,
                null, "<Error><Code>UserProjectMissing</Code><Message>Bucket is requester pays</Message></Error>".getBytes()));
        assertTrue(ad.getMessage().contains("(HTTP 403): UserProjectMissing Bucket is requester pays"), ad::getMessage);
        assertThrows(AccessDeniedException.class, () -> RangeResponse.interpret(URI_, RANGE, 401, null, new byte[0]));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void overloadAndServerErrorsAreRetried(int status) {
        TransientFailure e = assertThrows(TransientFailure.class,
                () -> RangeResponse.interpret(URI_, RANGE, status, null, "<html>busy</html>".getBytes()));
        assertEquals(WHERE + ": HTTP " + status, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 301, 304, 400, 405})
    void otherStatusesFailAtOnce(int status) {
        SourceIOException e = assertThrows(SourceIOException.class,
                () -> RangeResponse.interpret(URI_, RANGE, status, null, new byte[0]));
        assertTrue(e.getMessage().startsWith(WHERE + ": unexpected HTTP " + status), e::getMessage);
    }
}
