package nunatak.viewer;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The viewer's web server (Javalin 6 on Jetty 11, so Servlet 5 as Spark has it): the page and its scripts from this
 * jar, tiles, and the JSON API, over the one {@link ViewSource} it was started with. Safe by default: it listens on 127.0.0.1, takes no URL or
 * path from requests (it can open nothing else), serves static files only from the jar, answers only requests
 * that name it as their host (no DNS rebinding from a web page), and bounds its threads and queues.
 *
 * <pre>{@code
 * try (ViewerServer server = ViewerServer.start(source, ViewerOptions.defaults().withPort(0))) {
 *     System.out.println("open " + server.url());   // serves until closed
 * }
 * }</pre>
 */
public final class ViewerServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ViewerServer.class);
    private static final String WEB = "/nunatak/viewer/web";

    private final Javalin app;
    private final TileService tiles;
    private final URI url;

    private ViewerServer(ViewSource source, ViewerOptions options) {
        this.tiles = new TileService(options.tileCacheBytes(), options.tileThreads(), options.tileQueue());
        ColorDefaults colors = new ColorDefaults();
        ProgressBoard progress = new ProgressBoard();
        ApiRoutes api = new ApiRoutes(source, colors, progress);
        AnalysisRoutes analyses = new AnalysisRoutes(source, source.engine(), progress, options.concurrentAnalyses());
        TileRoutes tileRoutes = new TileRoutes(source, tiles, colors, api::maxZoom);
        HostCheck hosts = new HostCheck(options.bind());
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = 1 << 20;
            cfg.jetty.threadPool = new QueuedThreadPool(64, 4, 60_000, new BlockingArrayQueue<>(16, 16, 512));
            cfg.staticFiles.add(WEB, Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
        });
        app.before(hosts::check);
        app.get("/", ViewerServer::page);
        app.get("/api/info", api::info);
        app.get("/api/colormaps", api::colormaps);
        app.get("/api/stats", api::stats);
        app.get("/api/point", analyses::point);
        app.post("/api/profile", analyses::profile);
        app.post("/api/zonal", analyses::zonal);
        app.get("/api/progress/{id}", api::progress);
        app.get("/tiles/{z}/{x}/{y}", tileRoutes::tile);
        app.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage(), e));
        app.exception(InvalidArgumentException.class, (e, ctx) -> problem(ctx, 400, e.getMessage(), e));
        app.exception(NunatakException.class, (e, ctx) -> problem(ctx, 502,
                "reading the source failed: " + e.getMessage(), e));
        app.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "internal error: " + e + " (please report it)", e));
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                problem(ctx, 404, "no such page or API: " + ctx.method() + " " + ctx.path(), null);
            }
        });
        app.start(options.bind(), options.port());
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        this.url = URI.create("http://" + host + ":" + app.port() + "/");
        hosts.allowPort(app.port());
    }

    /** Starts serving {@code source}; the address is {@link #url()}. */
    public static ViewerServer start(ViewSource source, ViewerOptions options) {
        try {
            return new ViewerServer(source, options);
        } catch (RuntimeException e) {
            throw started(e, options);
        }
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return url;
    }

    /** {tiles cached, bytes cached, cache hits, cache misses}. */
    public long[] tileCacheStats() {
        return tiles.cacheStats();
    }

    @Override
    public void close() {
        app.stop();
        tiles.close();
    }

    private static void page(Context ctx) throws IOException {
        try (InputStream in = ViewerServer.class.getResourceAsStream(WEB + "/index.html")) {
            if (in == null) {
                throw new IllegalStateException("index.html is missing from the nunatak-viewer jar");
            }
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static void problem(Context ctx, int status, String message, Exception e) {
        if (status >= 500 && e != null) {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), message, status == 500 ? e : null);
        }
        if (status == 503) {
            ctx.header("Retry-After", "1");
        }
        ctx.status(status).json(Json.object("status", status, "error", message));
    }

    private static RuntimeException started(RuntimeException e, ViewerOptions options) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof java.net.BindException) {
            return new InvalidArgumentException("cannot listen on " + options.bind() + ":" + options.port() + " ("
                    + root.getMessage() + "); give another --port, or --port 0 for a free one");
        }
        return e;
    }

    /** Lets through requests whose Host names this server, when it listens on loopback only. */
    private static final class HostCheck {
        private final boolean loopback;
        private volatile Set<String> allowed = Set.of();

        HostCheck(String bind) {
            boolean lo;
            try {
                lo = InetAddress.getByName(bind).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw new InvalidArgumentException("--bind " + bind + " is not an address of this machine");
            }
            this.loopback = lo;
        }

        void allowPort(int port) {
            allowed = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
        }

        void check(Context ctx) {
            String host = ctx.header("Host");
            if (loopback && host != null && !allowed.contains(host.toLowerCase(java.util.Locale.ROOT))) {
                throw new HttpProblem(403, "this viewer answers requests for " + allowed + " only, not for Host: "
                        + Params.abbreviate(host));
            }
        }
    }
}
