package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** A response body is collected only as far as it can be useful: one byte past what was asked. */
class BoundedBodyTest {

    /** The publisher's side of the subscription: records what the subscriber asked. */
    private static final class Upstream implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private static byte[] bytes(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    private static List<ByteBuffer> chunks(byte[] all, int size) {
        List<ByteBuffer> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.length; i += size) {
            out.add(ByteBuffer.wrap(Arrays.copyOfRange(all, i, Math.min(all.length, i + size))));
        }
        return out;
    }

    @Test
    void aBodyWithinTheLimitArrivesWhole() throws Exception {
        BoundedBody body = new BoundedBody(1000, -1);
        Upstream up = new Upstream();
        body.onSubscribe(up);
        byte[] all = bytes(0, 1000);
        body.onNext(chunks(all, 300).subList(0, 2));
        body.onNext(chunks(all, 300).subList(2, 4));
        body.onComplete();
        assertArrayEquals(all, body.getBody().toCompletableFuture().get());
        assertFalse(up.cancelled);
        assertTrue(up.requested > 0);
    }

    @Test
    void aBodyLongerThanTheLimitIsCutOneBytePastItAndTheDownloadCancelled() throws Exception {
        BoundedBody body = new BoundedBody(100, 1_000_000_000L);
        Upstream up = new Upstream();
        body.onSubscribe(up);
        byte[] all = bytes(0, 1000);
        body.onNext(chunks(all, 64));
        body.onNext(List.of(ByteBuffer.wrap(bytes(7, 50)))); // late data after cancelling is ignored
        body.onComplete();
        byte[] got = body.getBody().toCompletableFuture().get();
        assertEquals(101, got.length);
        assertArrayEquals(Arrays.copyOf(all, 101), got);
        assertTrue(up.cancelled);
    }

    @Test
    void aFailureMidBodyIsAFailureNotData() {
        BoundedBody body = new BoundedBody(1000, 1000);
        body.onSubscribe(new Upstream());
        body.onNext(List.of(ByteBuffer.wrap(bytes(0, 10))));
        body.onError(new IOException("connection reset"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> body.getBody().toCompletableFuture().get());
        assertTrue(e.getCause() instanceof IOException);
    }
}
