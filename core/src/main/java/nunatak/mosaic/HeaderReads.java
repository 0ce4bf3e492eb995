package nunatak.mosaic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nunatak.NotFoundException;
import nunatak.NunatakException;
import nunatak.source.SourceOptions;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.GeoTiffCache;

/**
 * Opens many tile headers at once: every request is in flight from the start (one thread each, up to a bound), so
 * opening sixteen tiles costs about one round trip. A tile that does not exist comes back as null.
 */
public final class HeaderReads {
    /** Headers in flight at once; they are small requests, so latency, not bandwidth, is what this hides. */
    private static final int MAX_THREADS = 64;

    private HeaderReads() {
    }

    /** The opened headers in the order of {@code uris}; null where the object does not exist. */
    public static List<GeoTiff> open(List<String> uris, SourceOptions options) {
        if (uris.size() == 1) {
            return java.util.Collections.singletonList(openOrNull(uris.get(0), options));
        }
        int threads = Math.max(1, Math.min(uris.size(), Math.max(MAX_THREADS, options.ioConcurrency())));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nunatak-header");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GeoTiff>> futures = new ArrayList<>();
            for (String u : uris) {
                futures.add(pool.submit(() -> openOrNull(u, options)));
            }
            List<GeoTiff> out = new ArrayList<>();
            for (Future<GeoTiff> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NunatakException ne) {
                throw ne;
            }
            throw new NunatakException("opening tile headers failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NunatakException("interrupted while opening tile headers", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static GeoTiff openOrNull(String uri, SourceOptions options) {
        try {
            return GeoTiffCache.open(uri, options);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
