package nunatak.source;

import com.google.auth.Retryable;
import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nunatak.AccessDeniedException;
import nunatak.InvalidArgumentException;

/**
 * {@code gs://bucket/key} as plain HTTP range requests against Google's XML API
 * ({@code https://storage.googleapis.com/bucket/key}), anonymous for public buckets such as
 * {@code pangeo-pgc}, with a bearer token from Application Default Credentials when present.
 * The endpoint can be overridden (a mirror, or a test server on 127.0.0.1). Requests go through
 * {@link HttpTransport}, so stalls and timeouts are handled as for http(s).
 *
 * <pre>{@code
 * GcsTransport gcs = new GcsTransport(GcsOptions.DEFAULT.withAuth(Auth.ANONYMOUS), SourceOptions.DEFAULT.timeouts());
 * Fetched f = gcs.fetch(URI.create("gs://pangeo-pgc/8m/40_20/40_20_8m_dem_COG_LZW.tif"), new ByteRange(0, 16384));
 * }</pre>
 */
public final class GcsTransport implements Transport {
    private static final List<String> READ_SCOPE = List.of("https://www.googleapis.com/auth/devstorage.read_only");

    private final GcsOptions options;
    private final HttpTransport http;
    private final GoogleCredentials credentials;

    public GcsTransport(GcsOptions options, Timeouts timeouts) {
        this.options = options;
        this.credentials = loadCredentials(options.auth());
        this.http = new HttpTransport(timeouts, Map::of);
    }

    @Override
    public Fetched fetch(URI uri, ByteRange range) throws TransientFailure {
        URI url = objectUrl(uri);
        return range.length() == 0 ? new Fetched(new byte[0], -1) : http.fetch(uri, url, range, authHeaders(uri));
    }

    /** {@code gs://bucket/a/b.tif} → {@code <endpoint>/bucket/a/b.tif}, path segments percent-encoded. */
    URI objectUrl(URI gsUri) {
        // The authority, not the host: bucket names may hold underscores, which URI does not take in a host.
        String bucket = gsUri.getAuthority();
        String key = gsUri.getPath().startsWith("/") ? gsUri.getPath().substring(1) : gsUri.getPath();
        if (bucket == null || key.isEmpty()) {
            throw new InvalidArgumentException(gsUri + ": expected gs://bucket/key");
        }
        StringBuilder sb = new StringBuilder(options.endpoint().toString().replaceAll("/+$", ""));
        sb.append('/').append(bucket);
        for (String seg : key.split("/", -1)) {
            sb.append('/').append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (options.userProject() != null) {
            sb.append("?userProject=").append(URLEncoder.encode(options.userProject(), StandardCharsets.UTF_8));
        }
        return URI.create(sb.toString());
    }

    /** A network hiccup while refreshing the token is retried like any other; a refused grant is not. */
    private Map<String, String> authHeaders(URI uri) throws TransientFailure {
        if (credentials == null) {
            return Map.of();
        }
        try {
            credentials.refreshIfExpired();
            return Map.of("Authorization", "Bearer " + credentials.getAccessToken().getTokenValue());
        } catch (IOException e) {
            if (!(e instanceof Retryable r) || r.isRetryable()) {
                throw new TransientFailure(uri + ": could not refresh Application Default Credentials: " + e, e);
            }
            throw new AccessDeniedException(uri + ": could not refresh Application Default Credentials: "
                    + e.getMessage() + "; run `gcloud auth application-default login` or use anonymous access", e);
        }
    }

    /** AUTO never probes the metadata server: only explicit credential files count. */
    private static GoogleCredentials loadCredentials(Auth auth) {
        if (auth == Auth.ANONYMOUS) {
            return null;
        }
        if (auth == Auth.AUTO && !adcFilePresent()) {
            return null;
        }
        try {
            return GoogleCredentials.getApplicationDefault().createScoped(READ_SCOPE);
        } catch (IOException e) {
            throw new AccessDeniedException("gs://: no Application Default Credentials found (" + e.getMessage()
                    + "); set GOOGLE_APPLICATION_CREDENTIALS or use anonymous access", e);
        }
    }

    static boolean adcFilePresent() {
        String env = System.getenv("GOOGLE_APPLICATION_CREDENTIALS");
        if (env != null && !env.isBlank()) {
            return true;
        }
        String configDir = System.getenv("CLOUDSDK_CONFIG");
        Path dir = configDir != null ? Path.of(configDir) : Path.of(System.getProperty("user.home"), ".config", "gcloud");
        return Files.isReadable(dir.resolve("application_default_credentials.json"));
    }
}
