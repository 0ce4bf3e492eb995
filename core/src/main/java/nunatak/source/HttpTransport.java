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
    /**
     * The JDK client reads sockets into buffers of {@code jdk.httpclient.bufsize} bytes (16 KiB by default) and
     * hands each to the body subscriber; COG blocks arrive in requests of megabytes, where 256 KiB buffers cut
     * the coarsen of REMA tiles over loopback by 8 % and its system time by a third (bench/README.md). The
     * property is read once, when the client's classes initialise, so it is set before the first client is
     * built, and a value the user gave wins.
     */
    static final String BUFFER_PROPERTY = "jdk.httpclient.bufsize";

    static {
        if (System.getProperty(BUFFER_PROPERTY) == null) {
            System.setProperty(BUFFER_PROPERTY, Integer.toString(256 * 1024));
        }
    }

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
        HttpRequest.Builder req = HttpRequest.newBuilder(url)
                .GET()
                .timeout(requestTimeout)
                .header("Range", "bytes=" + range.offset() + "-" + (range.end() - 1));
        requestHeaders.forEach(req::header);
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(req.build(), BoundedBody.handler(range));
        HttpResponse<byte[]> resp;
        try {
            // The client's own timeout stops at the response headers; this one covers the body as well.
            resp = pending.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new TransientFailure(where + ": no complete answer within " + requestTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new SourceIOException(where + ": interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw new TransientFailure(where + ": " + cause, cause);
            }
            throw new SourceIOException(where + ": " + cause, cause);
        }
        String contentRange = resp.headers().firstValue("Content-Range").orElse(null);
        return RangeResponse.interpret(name, range, resp.statusCode(), contentRange, resp.body());
    }
}
