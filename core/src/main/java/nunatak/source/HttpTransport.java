package nunatak.source;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import nunatak.SourceIOException;

/**
 * Range requests over http(s) with {@code java.net.http}. Sends {@code Range: bytes=a-b}, requires 206 with
 * a matching {@code Content-Range} (200 only when the whole object was asked for). The request timeout
 * covers the body too, so a server that stalls mid-body is retried rather than waited on forever.
 */
public final class HttpTransport implements Transport {
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Supplier<Map<String, String>> headers;

    public HttpTransport(Duration connectTimeout, Duration requestTimeout, Supplier<Map<String, String>> headers) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = requestTimeout;
        this.headers = headers;
    }

    @Override
    public Fetched fetch(URI uri, ByteRange range) throws TransientFailure {
        if (range.length() == 0) {
            return new Fetched(new byte[0], -1);
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(requestTimeout)
                .header("Range", "bytes=" + range.offset() + "-" + (range.end() - 1));
        headers.get().forEach(req::header);
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(req.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> resp;
        try {
            resp = pending.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new TransientFailure(uri + " (" + range + "): no complete answer within " + requestTimeout.toMillis()
                    + " ms", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceIOException(uri + " (" + range + "): interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw new TransientFailure(uri + " (" + range + "): " + cause, cause);
            }
            throw new SourceIOException(uri + " (" + range + "): " + cause, cause);
        }
        String contentRange = resp.headers().firstValue("Content-Range").orElse(null);
        return RangeResponse.interpret(uri, range, resp.statusCode(), contentRange, resp.body());
    }
}
