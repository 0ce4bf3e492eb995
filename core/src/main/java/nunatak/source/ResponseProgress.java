package nunatak.source;

import java.util.concurrent.Flow;

/**
 * When one HTTP response last made progress (sent, headers in, a piece of the body in), written by the
 * client's threads and read by the thread waiting for the response, which abandons it when it stalls.
 * Abandoning cancels the body's subscription, which closes the connection instead of returning it to the pool.
 */
final class ResponseProgress {
    private volatile long lastNanos = System.nanoTime();
    private volatile boolean headersReceived;
    private volatile long bodyBytes;
    private volatile Flow.Subscription subscription;
    private volatile boolean abandoned;

    void headersReceived() {
        headersReceived = true;
        lastNanos = System.nanoTime();
    }

    void bodyReceived(long bytes) {
        bodyBytes += bytes; // only the client's delivering thread writes it
        lastNanos = System.nanoTime();
    }

    void subscribed(Flow.Subscription s) {
        subscription = s;
        // Both fields are volatile: either abandon() sees the subscription or this sees the flag.
        if (abandoned) {
            s.cancel();
        }
    }

    /** Nanoseconds (System.nanoTime) of the last sign of life. */
    long lastNanos() {
        return lastNanos;
    }

    void abandon() {
        abandoned = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    /** Where the response stopped, for messages: "before the response headers", "after 8192 bytes of the body". */
    String where() {
        return headersReceived ? "after " + bodyBytes + " bytes of the body" : "before the response headers";
    }
}
