package nunatak.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small static file server on 127.0.0.1 that honours {@code Range} (206 + Content-Range, 416 past the end),
 * records every request, and can misbehave on purpose: answer 503, reset the connection, send a body
 * shorter than announced, or stall in the middle of the body. Faults are drawn from a seeded random, so
 * runs with sequential requests are repeatable; each kind is counted. It can also answer a fixed status
 * for chosen paths ({@link #respondWith}), or ignore {@code Range} like a naive server ({@link #ignoreRanges}).
 *
 * <pre>{@code
 * try (RangeHttpServer server = RangeHttpServer.serve(dir)) {
 *     URI uri = server.uri("cog/lzw.tif");
 *     ...
 *     assertEquals(1, server.requests().size());
 * }
 * }</pre>
 */
public final class RangeHttpServer implements AutoCloseable {

    /**
     * One request as the server saw it: {@code range} and {@code query} are null when absent, {@code headers}
     * holds the first value of each header under its lower-case name.
     */
    public record Request(String method, String path, String range, String query, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The kinds of fault {@link Faults} injects. */
    public enum Fault { ERROR_503, RESET, TRUNCATE, STALL }

    /** Shares of requests that get each fault; the rest are served correctly. */
    public record Faults(double error503, double reset, double truncate, double stall, long stallMillis, long seed) {
        public static final Faults NONE = new Faults(0, 0, 0, 0, 0, 1);

        public static Faults always503() {
            return new Faults(1, 0, 0, 0, 0, 1);
        }
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Path root;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<Fault, AtomicInteger> faultCounts = new EnumMap<>(Fault.class);
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();
    private volatile boolean ignoreRanges;
    private volatile Faults faults;
    private final Random random;

    private RangeHttpServer(Path root, Faults faults) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.faults = faults;
        this.random = new Random(faults.seed());
        for (Fault f : Fault.values()) {
            faultCounts.put(f, new AtomicInteger());
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "range-http-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public static RangeHttpServer serve(Path root) {
        return serve(root, Faults.NONE);
    }

    public static RangeHttpServer serve(Path root, Faults faults) {
        try {
            return new RangeHttpServer(root, faults);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public URI uri(String relativePath) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + relativePath);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void clearRequests() {
        requests.clear();
    }

    public int faultsInjected() {
        return faultCounts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int faultsInjected(Fault kind) {
        return faultCounts.get(kind).get();
    }

    /** Answers every request for {@code path} (e.g. "/cog/lzw.tif") with {@code status} and a small body. */
    public void respondWith(String path, int status) {
        statusByPath.put(path, status);
    }

    /** Like a server without range support: 200 and the whole file, whatever Range says. */
    public void ignoreRanges(boolean ignore) {
        this.ignoreRanges = ignore;
    }

    public void setFaults(Faults f) {
        this.faults = f;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String range = ignoreRanges ? null : ex.getRequestHeaders().getFirst("Range");
            String path = ex.getRequestURI().getPath();
            Map<String, String> headers = new TreeMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            requests.add(new Request(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Range"),
                    ex.getRequestURI().getRawQuery(), Collections.unmodifiableMap(headers)));
            Integer fixed = statusByPath.get(path);
            if (fixed != null) {
                send(ex, fixed, null, ("<Error><Code>Status" + fixed + "</Code></Error>").getBytes(), -1, 0);
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(ex, 404, null, "<html>404 Not Found</html>".getBytes(), -1, 0);
                return;
            }
            Faults f = faults;
            double draw;
            synchronized (random) {
                draw = random.nextDouble();
            }
            if (draw < f.error503()) {
                faultCounts.get(Fault.ERROR_503).incrementAndGet();
                send(ex, 503, null, "busy".getBytes(), -1, 0);
                return;
            }
            draw -= f.error503();
            if (draw < f.reset()) {
                faultCounts.get(Fault.RESET).incrementAndGet();
                // Closing the connection without an answer: the client sees a reset or an early EOF.
                throw new IOException("connection dropped on purpose");
            }
            draw -= f.reset();
            boolean truncate = draw < f.truncate();
            draw -= f.truncate();
            boolean stall = !truncate && draw < f.stall();
            long size = Files.size(file);
            long first = 0;
            long last = size - 1;
            int status = 200;
            if (range != null && range.startsWith("bytes=")) {
                String[] p = range.substring(6).split("-", 2);
                first = Long.parseLong(p[0]);
                last = p[1].isEmpty() ? size - 1 : Math.min(Long.parseLong(p[1]), size - 1);
                if (first >= size) {
                    ex.getResponseHeaders().add("Content-Range", "bytes */" + size);
                    send(ex, 416, null, new byte[0], -1, 0);
                    return;
                }
                status = 206;
            }
            byte[] body = new byte[(int) (last - first + 1)];
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                raf.seek(first);
                raf.readFully(body);
            }
            String contentRange = status == 206 ? "bytes " + first + "-" + last + "/" + size : null;
            if (stall) {
                // Headers and half the body go out, then nothing: only a timeout covering the body helps.
                faultCounts.get(Fault.STALL).incrementAndGet();
                send(ex, status, contentRange, body, -1, f.stallMillis());
                return;
            }
            if (truncate && body.length > 1) {
                faultCounts.get(Fault.TRUNCATE).incrementAndGet();
                send(ex, status, contentRange, body, body.length / 2, 0);
                return;
            }
            send(ex, status, contentRange, body, -1, 0);
        }
    }

    /** Sends the answer, dropping the connection after {@code cutAfter} bytes or pausing halfway for {@code stallMillis}. */
    private static void send(HttpExchange ex, int status, String contentRange, byte[] body, int cutAfter,
            long stallMillis) throws IOException {
        if (contentRange != null) {
            ex.getResponseHeaders().add("Content-Range", contentRange);
        }
        ex.getResponseHeaders().add("Accept-Ranges", "bytes");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            OutputStream out = ex.getResponseBody();
            try {
                int sent = 0;
                if (stallMillis > 0) {
                    sent = body.length / 2;
                    out.write(body, 0, sent);
                    out.flush();
                    sleep(stallMillis);
                }
                out.write(body, sent, (cutAfter >= 0 ? cutAfter : body.length) - sent);
                out.flush();
                if (cutAfter >= 0) {
                    // Drop the connection mid-body: the client sees fewer bytes than Content-Length.
                    throw new IOException("truncated on purpose");
                }
            } finally {
                if (cutAfter < 0) {
                    out.close();
                }
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
