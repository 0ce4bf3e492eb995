package nunatak.testing;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
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
import java.util.concurrent.atomic.AtomicInteger;
import nunatak.serve.RangeFileServer;
import nunatak.serve.RangeFileServer.Decision;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The project's {@link RangeFileServer} (honours {@code Range}: 206 + Content-Range, 416 past the end) with a
 * policy that records every request and can misbehave on purpose: answer 503, reset the connection, send a body
 * shorter than announced, or stall in the middle of the body. Faults are drawn from a seeded random, so
 * runs with sequential requests are repeatable; each kind is counted. It can also answer a fixed status
 * for chosen paths ({@link #respondWith}), or ignore {@code Range} like a naive server ({@link #ignoreRanges}).
 *
 * <pre>{@code
 * @RegisterExtension
 * final RangeHttpServer server = RangeHttpServer.serve(Fixtures.root());   // one per test, stopped after it
 * // or, inside a test:
 * try (RangeHttpServer server = RangeHttpServer.serve(dir)) {
 *     URI uri = server.uri("cog/lzw.tif");
 *     ...
 *     assertEquals(1, server.requests().size());
 * }
 * }</pre>
 */
public final class RangeHttpServer implements AutoCloseable, AfterEachCallback {

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

    private final RangeFileServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<Fault, AtomicInteger> faultCounts = new EnumMap<>(Fault.class);
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();
    private volatile boolean ignoreRanges;
    private volatile Faults faults;
    private final Random random;

    private RangeHttpServer(Path root, Faults faults) {
        this.faults = faults;
        this.random = new Random(faults.seed());
        for (Fault f : Fault.values()) {
            faultCounts.put(f, new AtomicInteger());
        }
        this.server = RangeFileServer.serve(root, 0, this::decide);
    }

    public static RangeHttpServer serve(Path root) {
        return serve(root, Faults.NONE);
    }

    public static RangeHttpServer serve(Path root, Faults faults) {
        return new RangeHttpServer(root, faults);
    }

    public URI uri(String relativePath) {
        return server.uri(relativePath);
    }

    public String baseUrl() {
        return server.baseUrl();
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

    private Decision decide(HttpExchange ex, Path file) {
        String path = ex.getRequestURI().getPath();
        Map<String, String> headers = new TreeMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        requests.add(new Request(ex.getRequestMethod(), path, ex.getRequestHeaders().getFirst("Range"),
                ex.getRequestURI().getRawQuery(), Collections.unmodifiableMap(headers)));
        Integer fixed = statusByPath.get(path);
        if (fixed != null) {
            return Decision.status(fixed);
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Decision.SERVE; // a 404, never a fault
        }
        Faults f = faults;
        double draw;
        synchronized (random) {
            draw = random.nextDouble();
        }
        if (draw < f.error503()) {
            faultCounts.get(Fault.ERROR_503).incrementAndGet();
            return Decision.status(503);
        }
        draw -= f.error503();
        if (draw < f.reset()) {
            faultCounts.get(Fault.RESET).incrementAndGet();
            return new Decision(0, true, false, false, 0);
        }
        draw -= f.reset();
        if (draw < f.truncate()) {
            faultCounts.get(Fault.TRUNCATE).incrementAndGet();
            return new Decision(0, false, ignoreRanges, true, 0);
        }
        draw -= f.truncate();
        if (draw < f.stall()) {
            // Headers and half the body go out, then nothing: only a timeout covering the body helps.
            faultCounts.get(Fault.STALL).incrementAndGet();
            return new Decision(0, false, ignoreRanges, false, f.stallMillis());
        }
        return new Decision(0, false, ignoreRanges, false, 0);
    }

    @Override
    public void close() {
        server.close();
    }

    /** As a JUnit extension ({@code @RegisterExtension final RangeHttpServer server = ...}): stops after each test. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }
}
