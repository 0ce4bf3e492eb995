package nunatak.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nunatak.catalog.Region;

/**
 * A STAC API on 127.0.0.1 in the test JVM, serving the items found under a directory (every JSON file of type
 * Feature, relative asset hrefs made absolute against the file): {@code POST /api/v1/search} with
 * {@code collections}, {@code bbox} (lon/lat, across the antimeridian too) and {@code limit}, items sorted by id,
 * paged with {@code next} links (POST with a token in the body, merged or whole, or GET with the token in the
 * query), {@code numberMatched}/{@code numberReturned}/{@code context}. It records every request and can fail
 * chosen requests (HTTP 503, connection resets), keep failing, overstate {@code numberMatched}, cap the page
 * size, and give the assets' hrefs under another base (where a test serves the files).
 *
 * <pre>{@code
 * try (StacApiServer api = StacApiServer.serve(sample.root())) {
 *     api.fail(StacApiServer.Fault.RESET, 2, 3);        // the 2nd and 3rd requests are reset
 *     TileCatalog c = StacApi.search(api.url(), "rema-mosaics-v2.0-32m", Region.ALL, 10, options);
 *     api.requests().size();                             // pages + 2 retries
 * }
 * }</pre>
 */
public final class StacApiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Items per directory, parsed once per JVM: tests start many servers over the same tree. Never modified. */
    private static final Map<Path, List<ObjectNode>> LOADED = new ConcurrentHashMap<>();

    static {
        // As nunatak.serve.RangeFileServer: without TCP_NODELAY each small answer waits for a delayed ACK.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** How chosen requests fail. */
    public enum Fault { HTTP_503, RESET }

    /** How the {@code next} link continues a search. */
    public enum NextStyle { POST_MERGE, POST_WHOLE_BODY, GET }

    /** One request as the server saw it: method, path with query, JSON body (null for GET). */
    public record Request(String method, String target, JsonNode body) {
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final List<ObjectNode> items;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final Set<Integer> failing = new HashSet<>();
    private volatile Fault fault = Fault.HTTP_503;
    private volatile boolean failAlways;
    private volatile NextStyle nextStyle = NextStyle.POST_MERGE;
    private volatile int overstate;
    private volatile int maxPageSize = Integer.MAX_VALUE;
    private volatile String hrefPrefix;
    private volatile String hrefBase;

    private StacApiServer(Path dir) throws IOException {
        this.items = LOADED.computeIfAbsent(dir.toAbsolutePath().normalize(), StacApiServer::load);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stac-api-test");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/api/v1/search", this::handle);
        server.start();
    }

    /** Serves the STAC items found under {@code dir}. */
    public static StacApiServer serve(Path dir) {
        try {
            return new StacApiServer(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The landing page URL, {@code http://127.0.0.1:PORT/api/v1/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/";
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public int itemCount() {
        return items.size();
    }

    /** The requests with these numbers (1-based, counted from now on) fail with {@code kind}. */
    public synchronized void fail(Fault kind, Integer... requestNumbers) {
        fault = kind;
        failing.clear();
        int base = counter.get();
        for (int n : requestNumbers) {
            failing.add(base + n);
        }
    }

    /** Every request from now on fails with {@code kind} (or, with null, none does). */
    public void failAlways(Fault kind) {
        fault = kind == null ? fault : kind;
        failAlways = kind != null;
    }

    public void nextStyle(NextStyle style) {
        nextStyle = style;
    }

    /** Answers at most {@code n} items per page whatever {@code limit} asks, as public APIs cap their pages. */
    public void maxPageSize(int n) {
        maxPageSize = n;
    }

    /**
     * Asset hrefs below {@code root} are given under {@code base} instead (e.g. the tiles' HTTP server or
     * {@code s3://bucket/}), so the items point where a test serves the files.
     */
    public void rebaseHrefs(Path root, String base) {
        hrefPrefix = root.toAbsolutePath().normalize().toUri().getPath(); // hrefs are file:/… or file:///…
        hrefBase = base.endsWith("/") ? base : base + "/";
    }

    /** Reports {@code extra} more items in numberMatched than the search matches. */
    public void overstateMatched(int extra) {
        overstate = extra;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            int n = counter.incrementAndGet();
            String target = ex.getRequestURI().toString();
            byte[] raw = ex.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            requests.add(new Request(ex.getRequestMethod(), target, body));
            boolean fails;
            synchronized (this) {
                fails = failAlways || failing.contains(n);
            }
            if (fails && fault == Fault.RESET) {
                throw new IOException("connection reset on purpose"); // the server drops the connection
            }
            if (fails) {
                send(ex, 503, "{\"code\": \"ServiceUnavailable\"}");
                return;
            }
            ObjectNode query = ex.getRequestMethod().equals("POST") ? (ObjectNode) body : fromQuery(ex.getRequestURI());
            String page = search(query).toString();
            send(ex, 200, hrefPrefix == null ? page
                    : page.replace("\"file://" + hrefPrefix, "\"" + hrefBase).replace("\"file:" + hrefPrefix, "\"" + hrefBase));
        }
    }

    private ObjectNode search(ObjectNode q) {
        Set<String> collections = new HashSet<>();
        q.path("collections").forEach(c -> collections.add(c.asText()));
        JsonNode bbox = q.path("bbox");
        Region region = bbox.size() == 4 ? Region.ofLonLat(bbox.get(0).asDouble(), bbox.get(1).asDouble(),
                bbox.get(2).asDouble(), bbox.get(3).asDouble()) : Region.ALL;
        List<ObjectNode> matched = items.stream()
                .filter(i -> collections.isEmpty() || collections.contains(i.path("collection").asText()))
                .filter(i -> region.intersectsLonLat(new double[] {i.path("bbox").get(0).asDouble(),
                        i.path("bbox").get(1).asDouble(), i.path("bbox").get(2).asDouble(), i.path("bbox").get(3).asDouble()}))
                .toList();
        int limit = Math.min(maxPageSize, q.path("limit").asInt(10));
        String token = q.path("token").asText("");
        int from = token.startsWith("next:") ? Integer.parseInt(token.substring(5)) : 0;
        int to = Math.min(matched.size(), from + limit);
        ObjectNode page = JSON.createObjectNode();
        page.put("type", "FeatureCollection");
        ArrayNode features = page.putArray("features");
        matched.subList(from, to).forEach(features::add);
        ArrayNode links = page.putArray("links");
        if (to < matched.size()) {
            ObjectNode next = links.addObject().put("rel", "next").put("type", "application/geo+json");
            String nextToken = "next:" + to;
            switch (nextStyle) {
                case POST_MERGE -> {
                    next.put("href", url() + "search").put("method", "POST").put("merge", true);
                    next.putObject("body").put("token", nextToken);
                }
                case POST_WHOLE_BODY -> {
                    next.put("href", url() + "search").put("method", "POST");
                    next.set("body", q.deepCopy().put("token", nextToken));
                }
                case GET -> next.put("href", url() + "search?collections=" + String.join(",", collections)
                        + "&limit=" + limit + "&token=" + nextToken).put("method", "GET");
            }
        }
        page.put("numberMatched", matched.size() + overstate);
        page.put("numberReturned", to - from);
        page.putObject("context").put("returned", to - from).put("limit", limit).put("matched", matched.size() + overstate);
        return page;
    }

    private static ObjectNode fromQuery(URI uri) {
        ObjectNode q = JSON.createObjectNode();
        for (String kv : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            String[] p = kv.split("=", 2);
            switch (p[0]) {
                case "collections" -> {
                    ArrayNode c = q.putArray("collections");
                    for (String s : p[1].split(",")) {
                        c.add(s);
                    }
                }
                case "limit" -> q.put("limit", Integer.parseInt(p[1]));
                default -> q.put(p[0], p[1]);
            }
        }
        return q;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/geo+json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    /** Every item under {@code dir}, sorted by id, with relative asset hrefs made absolute (file: URIs). */
    private static List<ObjectNode> load(Path dir) {
        List<ObjectNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode j = JSON.readTree(f.toFile());
                if (!"Feature".equals(j.path("type").asText())) {
                    continue;
                }
                ObjectNode item = (ObjectNode) j;
                item.path("assets").forEach(a -> ((ObjectNode) a).put("href",
                        f.toUri().resolve(a.path("href").asText()).toString()));
                out.add(item);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(i -> i.path("id").asText()));
        return List.copyOf(out);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
