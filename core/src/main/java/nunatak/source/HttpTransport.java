package nunatak.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import nunatak.SourceIOException;

/**
 * Range requests over http(s) with the JDK's blocking {@link HttpURLConnection}. Sends
 * {@code Range: bytes=a-b}, requires 206 with a matching {@code Content-Range} (200 only when the whole object
 * was asked for). An attempt is abandoned, its connection closed, and reported as a {@link TransientFailure}
 * when no byte arrives for the stall timeout (the socket's read timeout: waiting for the headers or inside the
 * body) or when it outlasts the request timeout, body included ({@link RequestDeadline}).
 *
 * <p>Blocking reads, not {@code java.net.http}: the body goes from the socket into the block's array with one copy
 * and no hand-over between threads. On REMA tiles over loopback the asynchronous client cost 1.9x the CPU per
 * megabyte, and its code kept the JIT busy during a session's first coarsen ({@code nunatak.bench.HttpFetchCost};
 * bench/README.md, issue 15).
 *
 * <pre>{@code
 * HttpTransport http = new HttpTransport(SourceOptions.DEFAULT.timeouts(), Map::of);
 * Fetched f = http.fetch(URI.create("https://example.org/dem.tif"), new ByteRange(0, 16384));
 * }</pre>
 */
public final class HttpTransport implements Transport {
    /**
     * The JDK keeps at most {@code http.maxConnections} idle connections per server (5 by default) and closes the
     * rest; with more requests in flight than that, every round would open new connections (a TLS handshake each
     * on a real store). The property is read once, when the JDK's keep-alive cache initialises, so it is set
     * before the first connection, and a value the user gave wins.
     */
    static final String MAX_CONNECTIONS_PROPERTY = "http.maxConnections";
    /**
     * A body closed before its end is drained by a JDK thread and its connection reused when the whole response is
     * at most {@code http.KeepAlive.remainingData} KiB (512 by default); 0 makes the JDK close it instead, as an
     * abandoned (stalled, cut or oversized) response must be.
     */
    static final String REMAINING_DATA_PROPERTY = "http.KeepAlive.remainingData";

    static {
        if (System.getProperty(MAX_CONNECTIONS_PROPERTY) == null) {
            System.setProperty(MAX_CONNECTIONS_PROPERTY, "64");
        }
        if (System.getProperty(REMAINING_DATA_PROPERTY) == null) {
            System.setProperty(REMAINING_DATA_PROPERTY, "0");
        }
    }

    private final Timeouts timeouts;
    private final Supplier<Map<String, String>> headers;

    public HttpTransport(Timeouts timeouts, Supplier<Map<String, String>> headers) {
        this.timeouts = timeouts;
        this.headers = headers;
    }

    @Override
    public Fetched fetch(URI uri, ByteRange range) throws TransientFailure {
        return fetch(uri, uri, range);
    }

    /**
     * Reads {@code range} of {@code url}, naming {@code name} in every message: for GCS that is the
     * {@code gs://} URI the user gave, not the storage URL behind it.
     */
    Fetched fetch(URI name, URI url, ByteRange range) throws TransientFailure {
        return fetch(name, url, range, headers.get());
    }

    Fetched fetch(URI name, URI url, ByteRange range, Map<String, String> requestHeaders) throws TransientFailure {
        if (range.length() == 0) {
            return new Fetched(new byte[0], -1);
        }
        String where = name + " (" + range + ")";
        if (Thread.currentThread().isInterrupted()) {
            throw new SourceIOException(where + ": interrupted");
        }
        HttpURLConnection c = open(url, where);
        c.setRequestProperty("Range", "bytes=" + range.offset() + "-" + (range.end() - 1));
        requestHeaders.forEach(c::setRequestProperty);
        RequestDeadline deadline = RequestDeadline.start(c, timeouts.request());
        BoundedRead body = null;
        boolean returned = false;
        try {
            connect(c, where);
            if (deadline.expired()) {
                throw new IOException("request timeout");
            }
            int status = c.getResponseCode();
            deadline.bodyStarted();
            boolean data = status == 200 || status == 206;
            InputStream in = data ? c.getInputStream() : c.getErrorStream();
            body = new BoundedRead(data ? range.length() : HttpStatus.ERROR_BODY_LIMIT, c.getContentLengthLong());
            body.readFrom(in, deadline::expired);
            if (!deadline.finish()) {
                throw new IOException("request timeout");
            }
            if (!body.overflowed() && in != null) {
                in.close(); // read to its end: the connection goes back to the JDK's keep-alive cache
                returned = true;
            }
            return RangeResponse.interpret(name, range, status, c.getHeaderField("Content-Range"), body.bytes());
        } catch (SocketTimeoutException e) {
            throw new TransientFailure(where + ": stalled, no data for " + timeouts.stall().toMillis() + " ms "
                    + (body == null ? "before the response headers" : "after " + body.size() + " bytes of the body"),
                    e);
        } catch (IOException e) {
            if (deadline.expired()) {
                throw new TransientFailure(where + ": no complete answer within " + timeouts.request().toMillis()
                        + " ms", e);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new SourceIOException(where + ": interrupted", e);
            }
            throw new TransientFailure(where + ": " + e, e);
        } finally {
            deadline.finish();
            if (!returned) {
                c.disconnect(); // stalled, cut, oversized or failed: a connection in an unknown state is closed
            }
        }
    }

    private HttpURLConnection open(URI url, String where) {
        try {
            HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection();
            c.setConnectTimeout(millis(timeouts.connect()));
            c.setReadTimeout(millis(timeouts.stall()));
            c.setUseCaches(false);
            c.setInstanceFollowRedirects(true);
            return c;
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new SourceIOException(where + ": not an http(s) URL: " + e.getMessage(), e);
        }
    }

    /** Connects within the connect timeout, which the socket reports as a timeout of its own kind. */
    private void connect(HttpURLConnection c, String where) throws IOException, TransientFailure {
        try {
            c.connect();
        } catch (SocketTimeoutException e) {
            throw new TransientFailure(where + ": no connection within " + timeouts.connect().toMillis() + " ms", e);
        }
    }

    private static int millis(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }

    /** A body read into one array, never more than {@code limit + 1} bytes (one past proves the server sent more). */
    static final class BoundedRead {
        private final int cap;
        private byte[] buf;
        private int size;

        /** @param expected the announced Content-Length, or -1: sizes the array so the usual case copies nothing */
        BoundedRead(long limit, long expected) {
            this.cap = (int) Math.min(Integer.MAX_VALUE - 16, limit + 1);
            this.buf = new byte[(int) Math.min(cap, expected >= 0 ? expected : 64 * 1024)];
        }

        /** Reads to the end of the body or one byte past the limit; stops with an exception once {@code expired}. */
        void readFrom(InputStream in, BooleanSupplier expired) throws IOException {
            if (in == null) {
                return; // an error status without a body
            }
            int n = size;
            while (n < cap) {
                if (n == buf.length) {
                    // Full: usually the announced length has arrived and one byte read proves the end. Growing the
                    // array first, and trimming it afterwards, allocated and copied every fetched byte twice more.
                    int more = in.read();
                    if (more < 0) {
                        break;
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(n + 1, 2L * buf.length)));
                    buf[n++] = (byte) more;
                    size = n;
                    continue;
                }
                int got = in.read(buf, n, buf.length - n);
                if (got < 0) {
                    break;
                }
                n += got;
                size = n;
                if (expired.getAsBoolean()) {
                    throw new IOException("request timeout");
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new IOException("interrupted");
                }
            }
        }

        int size() {
            return size;
        }

        boolean overflowed() {
            return size == cap;
        }

        byte[] bytes() {
            return size == buf.length ? buf : Arrays.copyOf(buf, size);
        }
    }
}
