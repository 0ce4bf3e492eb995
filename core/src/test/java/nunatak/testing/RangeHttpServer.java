package nunatak.testing;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nunatak.serve.RangeFileServer;
import nunatak.serve.RangeFileServer.Decision;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The project's {@link RangeFileServer} (honours {@code Range}: 206 + Content-Range, 416 past the end) with a
 * policy that records every request and can misbehave on purpose: answer 503 or 429, reset the connection, send
 * a body shorter than announced, or stall before the headers or in the middle of the body. Faults are drawn
 * from a seeded random, so runs with sequential requests are repeatable; each kind is counted; the next
 * requests can also be given chosen faults ({@link #injectNext}). It can delay every answer by a random time
 * ({@link #delayRandomly}), so concurrent answers arrive in a different order each run, answer a fixed status
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

    /** The kinds of fault {@link Faults} injects. {@code STALL} pauses mid-body; {@code STALL_HEADERS} before the headers. */
    public enum Fault { ERROR_503, ERROR_429, RESET, TRUNCATE, STALL_HEADERS, STALL }

    /**
     * Shares of requests that get each fault; the rest are served correctly. A stall lasts {@code stallMillis},
     * then the answer goes on as if nothing happened (unless the client has hung up).
     */
    public record Faults(double error503, double error429, double reset, double truncate, double stallHeaders,
                         double stall, long stallMillis, long seed) {
        public static final Faults NONE = new Faults(0, 0, 0, 0, 0, 1);

        /** 503s, resets, truncated bodies and mid-body stalls only. */
        public Faults(double error503, double reset, double truncate, double stall, long stallMillis, long seed) {
            this(error503, 0, reset, truncate, 0, stall, stallMillis, seed);
        }

        public static Faults always503() {
            return new Faults(1, 0, 0, 0, 0, 1);
        }

        /**
         * An object store having a bad day, as measured in issue 10: 10 % 503, 2 % 429, 2 % resets, 1 % truncated
         * bodies, 1 % stalls of {@code stallMillis} (half before the headers, half mid-body).
         */
        public static Faults flakyStore(long stallMillis, long seed) {
            return new Faults(0.10, 0.02, 0.02, 0.01, 0.005, 0.005, stallMillis, seed);
        }
    }

    private final RangeFileServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<Fault, AtomicInteger> faultCounts = new EnumMap<>(Fault.class);
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();
    private volatile boolean ignoreRanges;
    private volatile Faults faults;
    private volatile long maxDelayMillis;
    private final Random random;
    private final Queue<Injected> injected = new ConcurrentLinkedQueue<>();

    private record Injected(Fault kind, long stallMillis) {
    }

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

    /**
     * The next request for an existing file gets {@code kind} (stalls last {@code stallMillis}), before any random
     * fault; calls queue up, one request each.
     */
    public void injectNext(Fault kind, long stallMillis) {
        injected.add(new Injected(kind, stallMillis));
    }

    /** Every answer waits a random 0..{@code maxMillis} ms first (a fault-free slowness, not counted as a fault). */
    public void delayRandomly(long maxMillis) {
        this.maxDelayMillis = maxMillis;
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
        long delay;
        synchronized (random) {
            draw = random.nextDouble();
            delay = maxDelayMillis > 0 ? (long) (random.nextDouble() * maxDelayMillis) : 0;
        }
        sleep(delay);
        Injected next = injected.poll();
        Fault kind = next != null ? next.kind() : pick(f, draw);
        if (kind == null) {
            return new Decision(0, false, ignoreRanges, false, 0);
        }
        faultCounts.get(kind).incrementAndGet();
        long stallMillis = next != null ? next.stallMillis() : f.stallMillis();
        return switch (kind) {
            case ERROR_503 -> Decision.status(503);
            case ERROR_429 -> Decision.status(429);
            case RESET -> new Decision(0, true, false, false, 0);
            case TRUNCATE -> new Decision(0, false, ignoreRanges, true, 0);
            case STALL_HEADERS -> {
                sleep(stallMillis); // nothing has been sent yet: the client waits for the status line
                yield new Decision(0, false, ignoreRanges, false, 0);
            }
            // Headers and half the body go out, then nothing: only a timeout covering the body helps.
            case STALL -> new Decision(0, false, ignoreRanges, false, stallMillis);
        };
    }

    /** The fault a uniform draw in [0, 1) falls on, or null for a correct answer. */
    private static Fault pick(Faults f, double draw) {
        double[] shares = {f.error503(), f.error429(), f.reset(), f.truncate(), f.stallHeaders(), f.stall()};
        double edge = 0;
        for (int i = 0; i < shares.length; i++) {
            edge += shares[i];
            if (draw < edge) {
                return Fault.values()[i];
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        }
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
