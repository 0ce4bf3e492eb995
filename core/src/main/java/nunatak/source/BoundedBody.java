package nunatak.source;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body, but never more than {@code limit + 1} bytes: one byte past the limit proves the
 * server sent more than was asked (a 200 with a whole multi-gigabyte object to a ranged request), and the
 * subscription is then cancelled, which closes the connection instead of downloading the rest. Every piece
 * that arrives is reported to a {@link ResponseProgress}, so the waiting thread can tell a stalled body.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final int cap;
    private final ResponseProgress progress;
    private byte[] buf;
    private int size;
    private Flow.Subscription subscription;

    /** @param expected the announced Content-Length, or -1: sizes the buffer so the usual case copies nothing */
    BoundedBody(long limit, long expected) {
        this(limit, expected, new ResponseProgress());
    }

    BoundedBody(long limit, long expected, ResponseProgress progress) {
        this.progress = progress;
        this.cap = (int) Math.min(Integer.MAX_VALUE - 16, limit + 1);
        this.buf = new byte[(int) Math.min(cap, expected >= 0 ? expected : 64 * 1024)];
    }

    static HttpResponse.BodyHandler<byte[]> handler(ByteRange range, ResponseProgress progress) {
        return info -> {
            progress.headersReceived();
            boolean data = info.statusCode() == 200 || info.statusCode() == 206;
            long expected = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new BoundedBody(data ? range.length() : HttpStatus.ERROR_BODY_LIMIT, expected, progress);
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        progress.subscribed(s);
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        long arrived = 0;
        for (ByteBuffer b : items) {
            arrived += b.remaining();
        }
        progress.bodyReceived(arrived);
        for (ByteBuffer b : items) {
            int n = Math.min(b.remaining(), cap - size);
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(size + n, 2L * buf.length)));
            }
            b.get(buf, size, n);
            size += n;
            if (size == cap) {
                subscription.cancel();
                result.complete(bytes());
                return;
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private byte[] bytes() {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }
}
