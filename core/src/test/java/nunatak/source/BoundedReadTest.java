package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A response body is read only as far as it can be useful: one byte past what was asked. */
class BoundedReadTest {

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }

    /** A stream that hands out at most {@code piece} bytes per read, as a socket does, and counts what it gave. */
    private static final class Socket extends ByteArrayInputStream {
        final int piece;
        int given;

        Socket(byte[] all, int piece) {
            super(all);
            this.piece = piece;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, Math.min(len, piece));
            given += Math.max(0, n);
            return n;
        }
    }

    @Test
    void aBodyWithinTheLimitArrivesWholeWithOrWithoutALength() throws IOException {
        byte[] all = bytes(200_000);
        for (long announced : new long[] {200_000, -1}) {
            HttpTransport.BoundedRead body = new HttpTransport.BoundedRead(200_000, announced);
            body.readFrom(new Socket(all, 3000), () -> false);
            assertArrayEquals(all, body.bytes());
            assertFalse(body.overflowed());
        }
    }

    @Test
    void theAnnouncedLengthArrivesInTheArraySizedForItWithoutACopy() throws IOException {
        byte[] all = bytes(50_000);
        HttpTransport.BoundedRead body = new HttpTransport.BoundedRead(1_000_000, all.length);
        body.readFrom(new Socket(all, 3000), () -> false);
        assertArrayEquals(all, body.bytes());
        assertSame(body.bytes(), body.bytes(), "not grown past the announced length and trimmed back");
    }

    @Test
    void moreThanWasAnnouncedStillArrivesWhole() throws IOException {
        byte[] all = bytes(30_000);
        HttpTransport.BoundedRead body = new HttpTransport.BoundedRead(1_000_000, 10_000);
        body.readFrom(new Socket(all, 3000), () -> false);
        assertArrayEquals(all, body.bytes());
        assertFalse(body.overflowed());
    }

    @Test
    void aBodyLongerThanTheLimitIsCutOneBytePastIt() throws IOException {
        byte[] all = bytes(1_000_000);
        Socket s = new Socket(all, 64);
        HttpTransport.BoundedRead body = new HttpTransport.BoundedRead(100, all.length);
        body.readFrom(s, () -> false);
        assertTrue(body.overflowed());
        assertArrayEquals(Arrays.copyOf(all, 101), body.bytes());
        assertEquals(101, s.given, "nothing read past the one byte that proves it");
    }

    @Test
    void aShortBodyIsWhatArrived() throws IOException {
        HttpTransport.BoundedRead body = new HttpTransport.BoundedRead(1000, 1000);
        body.readFrom(new Socket(bytes(10), 4), () -> false);
        assertEquals(10, body.size());
        assertArrayEquals(bytes(10), body.bytes());
    }

    @Test
    void aFailureMidBodyIsAFailureNotData() {
        InputStream reset = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n++ >= 10) {
                    throw new IOException("connection reset");
                }
                return 1;
            }
        };
        HttpTransport.BoundedRead body = new HttpTransport.BoundedRead(1000, 1000);
        assertThrows(IOException.class, () -> body.readFrom(reset, () -> false));
    }
}
