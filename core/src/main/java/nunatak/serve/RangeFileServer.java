package nunatak.serve;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nunatak.NunatakException;

/**
 * A static file server on 127.0.0.1 that honours {@code Range} like a cloud object store: 206 with
 * {@code Content-Range} for a range, 416 past the end, 404 for what is not there. The demo serves its sample
 * mosaic with it so the real range-read path is used; a {@link Policy} lets tests make it misbehave.
 *
 * <pre>{@code
 * SampleMosaic.generate(SampleOptions.defaults(Path.of("sample")).withRes(400), SampleProgress.NONE);
 * try (RangeFileServer server = RangeFileServer.serve(Path.of("sample"))) {
 *     String template = server.baseUrl() + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
 *     DataArray dem = DataArray.open(MosaicSpec.of(template).rows("40:37").cols("20:23"));   // over HTTP
 *     System.out.println(dem.coarsen(Map.of("y", 10, "x", 10)).mean().compute().job());
 * }
 * }</pre>
 */
public final class RangeFileServer implements AutoCloseable {

    /** How a request is answered. */
    public record Decision(int status, boolean dropConnection, boolean ignoreRange, boolean truncateBody,
                           long stallMillis) {
        /** Serve the file as asked. */
        public static final Decision SERVE = new Decision(0, false, false, false, 0);

        /** Answer with a fixed status and a small body instead of the file. */
        public static Decision status(int status) {
            return new Decision(status, false, false, false, 0);
        }
    }

    /** Decides, per request, whether to serve it normally; called before anything is sent. */
    @FunctionalInterface
    public interface Policy {
        Policy SERVE_ALL = (exchange, file) -> Decision.SERVE;

        Decision decide(HttpExchange exchange, Path file);
    }

    private static final int MAX_BODY = Integer.MAX_VALUE - 16;

    static {
        // The JDK server sends headers and body in separate writes; with Nagle's algorithm on, a small answer (a
        // STAC item, a tile header) waits for the client's delayed ACK: 6 ms per request instead of 1 (measured
        // reading a 3047-file STAC catalog). Read when the server's classes initialise; a value the user gave wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Path root;
    private final Policy policy;

    private RangeFileServer(Path root, int port, Policy policy) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.policy = policy;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "nunatak-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code root} on a free port of 127.0.0.1. */
    public static RangeFileServer serve(Path root) {
        return serve(root, 0, Policy.SERVE_ALL);
    }

    public static RangeFileServer serve(Path root, int port, Policy policy) {
        try {
            return new RangeFileServer(root, port, policy);
        } catch (IOException e) {
            throw new NunatakException("cannot serve " + root + " on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public URI uri(String relativePath) {
        return URI.create(baseUrl() + "/" + relativePath);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            Decision d = policy.decide(ex, file);
            if (d.dropConnection()) {
                throw new IOException("connection dropped on purpose"); // the client sees a reset or early EOF
            }
            if (d.status() != 0) {
                send(ex, d.status(), null, ("<Error><Code>Status" + d.status() + "</Code></Error>").getBytes(), d);
                return;
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                send(ex, 404, null, "<html>404 Not Found</html>".getBytes(), d);
                return;
            }
            String range = d.ignoreRange() ? null : ex.getRequestHeaders().getFirst("Range");
            long size = Files.size(file);
            long first = 0;
            long last = size - 1;
            int status = 200;
            if (range != null && range.startsWith("bytes=")) {
                String[] p = range.substring(6).split("-", 2);
                try {
                    first = Long.parseLong(p[0]);
                    last = p[1].isEmpty() ? size - 1 : Math.min(Long.parseLong(p[1]), size - 1);
                } catch (NumberFormatException e) {
                    send(ex, 400, null, "bad Range header".getBytes(), d);
                    return;
                }
                if (first >= size) {
                    ex.getResponseHeaders().add("Content-Range", "bytes */" + size);
                    send(ex, 416, null, new byte[0], d);
                    return;
                }
                status = 206;
            }
            if (last - first + 1 > MAX_BODY) {
                send(ex, 413, null, "range too large; ask for less than 2 GiB".getBytes(), d);
                return;
            }
            byte[] body = new byte[(int) (last - first + 1)];
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                raf.seek(first);
                raf.readFully(body);
            }
            send(ex, status, status == 206 ? "bytes " + first + "-" + last + "/" + size : null, body, d);
        }
    }

    /** Sends the answer; a faulty decision cuts the body in half or pauses halfway through it. */
    private static void send(HttpExchange ex, int status, String contentRange, byte[] body, Decision d)
            throws IOException {
        if (contentRange != null) {
            ex.getResponseHeaders().add("Content-Range", contentRange);
        }
        ex.getResponseHeaders().add("Accept-Ranges", "bytes");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (head || body.length == 0) {
            return;
        }
        OutputStream out = ex.getResponseBody();
        int half = body.length / 2;
        if (d.stallMillis() > 0) {
            out.write(body, 0, half);
            out.flush();
            sleep(d.stallMillis());
            out.write(body, half, body.length - half);
        } else if (d.truncateBody() && body.length > 1) {
            out.write(body, 0, half);
            out.flush();
            throw new IOException("truncated on purpose"); // the client sees fewer bytes than Content-Length
        } else {
            out.write(body);
        }
        out.close();
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
