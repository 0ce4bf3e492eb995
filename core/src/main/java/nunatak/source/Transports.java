package nunatak.source;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nunatak.InvalidArgumentException;

/**
 * Picks and shares transports by URI scheme. Clients are expensive (connection pools, credential
 * lookups), so one per distinct configuration lives for the whole JVM.
 */
public final class Transports {
    private static final Map<Object, Transport> SHARED = new ConcurrentHashMap<>();
    private static final FileTransport FILE = new FileTransport();

    private Transports() {
    }

    private record HttpKey(Timeouts timeouts) {
    }

    private record S3Key(S3Options s3, Timeouts timeouts, int conns) {
    }

    private record GcsKey(GcsOptions gcs, Timeouts timeouts) {
    }

    public static Transport forUri(URI uri, SourceOptions o) {
        String scheme = uri.getScheme() == null ? "file" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        return switch (scheme) {
            case "file" -> FILE;
            case "http", "https" -> SHARED.computeIfAbsent(new HttpKey(o.timeouts()),
                    k -> new HttpTransport(o.timeouts(), Map::of));
            case "s3" -> SHARED.computeIfAbsent(new S3Key(o.s3(), o.timeouts(), o.ioConcurrency()),
                    k -> new S3Transport(o.s3(), o.timeouts(), o.ioConcurrency() * 4));
            case "gs" -> SHARED.computeIfAbsent(new GcsKey(o.gcs(), o.timeouts()),
                    k -> new GcsTransport(o.gcs(), o.timeouts()));
            default -> throw new InvalidArgumentException(uri + ": unsupported scheme '" + scheme
                    + "'; use a local path, file:, http(s)://, s3:// or gs://");
        };
    }
}
