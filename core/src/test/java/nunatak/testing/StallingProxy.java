package nunatak.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of any HTTP server (a {@link RangeHttpServer}, moto_server) that can make
 * the first response of chosen connections stall, before its headers or after its headers and the first bytes
 * of its body, or trickle in small pieces, whatever client is on the other side. It watches the client's side
 * during a stall, so a test can tell when (and whether) the client gave up and closed the connection.
 *
 * <pre>{@code
 * try (StallingProxy proxy = StallingProxy.to(moto.endpoint())) {
 *     proxy.stallNext(StallingProxy.Phase.BEFORE_HEADERS, Duration.ofSeconds(30));
 *     // read through proxy.endpoint() ...
 *     proxy.abandoned(); // [1.0 s]: the client closed the stalled connection after its stall timeout
 * }
 * }</pre>
 */
public final class StallingProxy implements AutoCloseable {
    /**
     * Where a response stops, or DRIP: it never stops for long, but goes out in pieces of {@link #PIECE} bytes
     * with the pause between them, so a slow response can be told from a stalled one.
     */
    public enum Phase { BEFORE_HEADERS, MID_BODY, DRIP }

    private record Stall(Phase phase, Duration length) {
    }

    /** How much of the body goes out before a mid-body stall; the size of a drip's pieces. */
    public static final int PIECE = 1024;

    private final ServerSocket listener;
    private final int targetPort;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stalling-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Stall> planned = new ConcurrentLinkedQueue<>();
    private final List<Duration> abandoned = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private StallingProxy(URI target) throws IOException {
        this.targetPort = target.getPort();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    /** A proxy to {@code target} (http://127.0.0.1:PORT). */
    public static StallingProxy to(URI target) {
        try {
            return new StallingProxy(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} of the proxy. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /**
     * The next connection's first response stalls for {@code length} in {@code phase} (or, for DRIP, its whole
     * response pauses that long before each piece); calls queue up, one connection each.
     */
    public void stallNext(Phase phase, Duration length) {
        planned.add(new Stall(phase, length));
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** For each stalled connection the client closed during its stall: how long into the stall it did. */
    public List<Duration> abandoned() {
        return List.copyOf(abandoned);
    }

    /**
     * Waits up to {@code max} for {@code count} stalled connections to be closed by the client (a client closes
     * an abandoned connection on its own threads, possibly just after the failed call returned), then returns
     * {@link #abandoned()}.
     */
    public List<Duration> awaitAbandoned(int count, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (abandoned.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return abandoned();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                Stall stall = planned.poll();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                CountDownLatch clientGone = new CountDownLatch(1);
                pool.execute(() -> {
                    pump(client, upstream, null, null);
                    clientGone.countDown();
                });
                pool.execute(() -> pump(upstream, client, stall, clientGone));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Copies {@code from} to {@code to} until either ends, stalling once if asked; then closes both. */
    private void pump(Socket from, Socket to, Stall stall, CountDownLatch clientGone) {
        byte[] buf = new byte[64 * 1024];
        HeaderEnd headers = new HeaderEnd();
        long bodySent = 0;
        boolean stalled = stall == null;
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            if (stall != null && stall.phase() == Phase.DRIP) {
                drip(in, out, stall.length());
                return;
            }
            if (!stalled && stall.phase() == Phase.BEFORE_HEADERS) {
                stalled = true;
                if (waitOut(stall, clientGone)) {
                    return;
                }
            }
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                int upTo = n;
                if (!stalled) {
                    int bodyAt = headers.scan(buf, n); // index where the body starts in buf, or -1
                    if (bodyAt >= 0 || headers.done()) {
                        int from0 = Math.max(bodyAt, 0);
                        upTo = (int) Math.min(n, from0 + PIECE - bodySent);
                        bodySent += upTo - from0;
                    }
                }
                out.write(buf, 0, upTo);
                out.flush();
                if (!stalled && headers.done() && bodySent > 0) {
                    stalled = true;
                    if (waitOut(stall, clientGone)) {
                        return;
                    }
                }
                if (upTo < n) {
                    out.write(buf, upTo, n - upTo);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one side hung up: the other goes with it (try-with-resources closes both)
        }
    }

    private static void drip(InputStream in, OutputStream out, Duration pause) throws IOException {
        byte[] piece = new byte[PIECE];
        for (int n = in.read(piece); n >= 0; n = in.read(piece)) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            out.write(piece, 0, n);
            out.flush();
        }
    }

    /** Holds the response for the stall; true when the client closed the connection meanwhile. */
    private boolean waitOut(Stall stall, CountDownLatch clientGone) {
        long start = System.nanoTime();
        try {
            if (clientGone.await(stall.length().toMillis(), TimeUnit.MILLISECONDS)) {
                abandoned.add(Duration.ofNanos(System.nanoTime() - start));
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        return false;
    }

    /** Finds the blank line that ends HTTP response headers, across reads. */
    private static final class HeaderEnd {
        private int matched; // how much of CR LF CR LF has been seen in a row
        private boolean done;

        boolean done() {
            return done;
        }

        /** Index in {@code buf} just past the headers if they end in this read, else -1. */
        int scan(byte[] buf, int n) {
            if (done) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                byte want = (matched % 2 == 0) ? (byte) '\r' : (byte) '\n';
                matched = buf[i] == want ? matched + 1 : buf[i] == '\r' ? 1 : 0;
                if (matched == 4) {
                    done = true;
                    return i + 1;
                }
            }
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        pool.shutdownNow();
    }
}
