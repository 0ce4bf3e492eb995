package nunatak.source;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import nunatak.SourceIOException;

/**
 * Range requests over http(s) with {@code java.net.http}. Sends {@code Range: bytes=a-b}, requires 206 with
 * a matching {@code Content-Range} (200 only when the whole object was asked for). An attempt is abandoned,
 * its connection closed, and reported as a {@link TransientFailure} when no byte arrives for the stall timeout
 * (waiting for the headers or inside the body) or when it outlasts the request timeout, body included.
 *
 * <pre>{@code
 * HttpTransport http = new HttpTransport(SourceOptions.DEFAULT.timeouts(), Map::of);
 * Fetched f = http.fetch(URI.create("https://example.org/dem.tif"), new ByteRange(0, 16384));
 * }</pre>
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
    private final Timeouts timeouts;
    private final Supplier<Map<String, String>> headers;

    public HttpTransport(Timeouts timeouts, Supplier<Map<String, String>> headers) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeouts = timeouts;
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
                .timeout(timeouts.request())
                .header("Range", "bytes=" + range.offset() + "-" + (range.end() - 1));
        requestHeaders.forEach(req::header);
        ResponseProgress progress = new ResponseProgress();
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(req.build(), BoundedBody.handler(range, progress));
        HttpResponse<byte[]> resp = await(pending, progress, where);
        String contentRange = resp.headers().firstValue("Content-Range").orElse(null);
        return RangeResponse.interpret(name, range, resp.statusCode(), contentRange, resp.body());
    }

    /**
     * Waits for the whole response, checking for signs of life as often as the stall timeout allows: the
     * client's own timeout stops at the headers, and nothing in it notices a body that stops flowing.
     */
    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending, ResponseProgress progress,
                                       String where) throws TransientFailure {
        long deadline = System.nanoTime() + timeouts.request().toNanos();
        long stall = timeouts.stall().toNanos();
        try {
            while (true) {
                long now = System.nanoTime();
                long untilStalled = progress.lastNanos() + stall - now;
                long untilDeadline = deadline - now;
                if (untilDeadline <= 0 || untilStalled <= 0) {
                    abandon(pending, progress);
                    throw new TransientFailure(where + (untilDeadline <= 0
                            ? ": no complete answer within " + timeouts.request().toMillis() + " ms"
                            : ": stalled, no data for " + timeouts.stall().toMillis() + " ms " + progress.where()));
                }
                try {
                    return pending.get(Math.min(untilStalled, untilDeadline), TimeUnit.NANOSECONDS);
                } catch (TimeoutException checkAgain) {
                    // bytes may have arrived meanwhile: the loop looks at the clock again
                }
            }
        } catch (InterruptedException e) {
            abandon(pending, progress);
            Thread.currentThread().interrupt();
            throw new SourceIOException(where + ": interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw new TransientFailure(where + ": " + cause, cause);
            }
            throw new SourceIOException(where + ": " + cause, cause);
        }
    }

    /** Cancelling the future aborts an exchange still waiting for headers; cancelling the body closes a started one. */
    private static void abandon(CompletableFuture<?> pending, ResponseProgress progress) {
        progress.abandon();
        pending.cancel(true);
    }
}
