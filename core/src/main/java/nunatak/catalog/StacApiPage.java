package nunatak.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nunatak.AccessDeniedException;
import nunatak.BadContentException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;
import nunatak.source.RetryPolicy;
import nunatak.source.SourceOptions;

/**
 * One page of a STAC API search: the request (method, URL, JSON body, headers), its retries, and the request
 * its {@code next} link asks for.
 */
final class StacApiPage {
    private static final Map<Duration, HttpClient> CLIENTS = new ConcurrentHashMap<>();
    /** An error page is quoted only this far in messages. */
    private static final int QUOTE = 300;

    /** A request: records compare by value, which is how a looping {@code next} link is recognised. */
    record Request(String method, URI uri, JsonNode body, Map<String, String> headers) {
    }

    record Response(int status, JsonNode json) {
    }

    /** A failure worth retrying (connection, timeout, 408/429/5xx). */
    private static final class Transient extends Exception {
        private static final long serialVersionUID = 1L;

        Transient(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private StacApiPage() {
    }

    static Response fetch(Request request, int page, SourceOptions options) {
        String where = request.method() + " " + request.uri() + " (page " + page + ")";
        RetryPolicy retry = options.retry();
        Transient last = null;
        for (int attempt = 0; attempt <= retry.maxRetries(); attempt++) {
            if (attempt > 0) {
                sleep(retry.delayBefore(attempt), where);
            }
            try {
                return once(request, where, options);
            } catch (Transient e) {
                last = e;
            }
        }
        throw new SourceIOException(where + ": failed after " + (retry.maxRetries() + 1) + " attempts; last error: "
                + last.getMessage() + " (raise the retry count, or check that the STAC API is reachable)", last);
    }

    private static Response once(Request request, String where, SourceOptions options) throws Transient {
        HttpClient client = CLIENTS.computeIfAbsent(options.connectTimeout(), t -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(t).followRedirects(HttpClient.Redirect.NORMAL)
                .build());
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(options.requestTimeout())
                .header("Accept", "application/geo+json, application/json");
        request.headers().forEach(b::header);
        if (request.method().equals("POST")) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                    request.body() == null ? "{}" : request.body().toString(), StandardCharsets.UTF_8));
        } else {
            b.GET();
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(b.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> resp;
        try {
            // The client's own timeout stops at the headers; this one covers the body as well.
            resp = pending.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new Transient("no complete answer within " + options.requestTimeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceIOException(where + ": interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new Transient(io.toString(), io);
            }
            throw new SourceIOException(where + ": " + e.getCause(), e.getCause());
        }
        int status = resp.statusCode();
        String text = new String(resp.body(), StandardCharsets.UTF_8);
        if (status == 408 || status == 429 || status >= 500) {
            throw new Transient("HTTP " + status + quote(text), null);
        }
        if (status == 404) {
            throw new NotFoundException(where + ": HTTP 404" + quote(text) + "; check the API URL (its search "
                    + "endpoint is {api}/search)");
        }
        if (status == 401 || status == 403) {
            throw new AccessDeniedException(where + ": access denied (HTTP " + status + ")" + quote(text));
        }
        if (status != 200) {
            throw new SourceIOException(where + ": unexpected HTTP " + status + quote(text));
        }
        return new Response(status, CatalogFiles.parseJson(resp.body(), where));
    }

    /** The request the page's {@code next} link asks for, or null on the last page. */
    static Request next(JsonNode page, Request previous, String where) {
        for (JsonNode link : page.path("links")) {
            if (!"next".equals(link.path("rel").asText())) {
                continue;
            }
            String href = link.path("href").asText("");
            if (href.isEmpty()) {
                throw new BadContentException(where + ": the \"next\" link has no href");
            }
            URI uri = CatalogFiles.resolve(previous.uri(), href, where);
            String method = link.path("method").asText("GET").toUpperCase(Locale.ROOT);
            if (!method.equals("GET") && !method.equals("POST")) {
                throw new BadContentException(where + ": the \"next\" link's method " + method + " is neither GET nor POST");
            }
            Map<String, String> headers = new LinkedHashMap<>(previous.headers());
            for (Iterator<Map.Entry<String, JsonNode>> it = link.path("headers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> h = it.next();
                headers.put(h.getKey(), h.getValue().asText());
            }
            JsonNode body = null;
            if (method.equals("POST")) {
                JsonNode given = link.path("body");
                if (!given.isObject()) {
                    body = previous.body();
                } else if (link.path("merge").asBoolean(false) && previous.body() instanceof ObjectNode p) {
                    ObjectNode merged = p.deepCopy();
                    merged.setAll((ObjectNode) given);
                    body = merged;
                } else {
                    body = given;
                }
            }
            return new Request(method, uri, body, Map.copyOf(headers));
        }
        return null;
    }

    private static String quote(String text) {
        String t = text.strip();
        return t.isEmpty() ? "" : ": " + (t.length() > QUOTE ? t.substring(0, QUOTE) + "..." : t);
    }

    private static void sleep(Duration d, String where) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceIOException(where + ": interrupted while waiting to retry", e);
        }
    }
}
