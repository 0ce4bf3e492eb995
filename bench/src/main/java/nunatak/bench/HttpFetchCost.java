package nunatak.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nunatak.source.ByteRange;
import nunatak.source.RangeReader;
import nunatak.source.SourceOptions;

/**
 * What fetching costs, side by side in one JVM: the same ranged GETs (every object cut into pieces of the size a
 * coarsen's merged requests have) through nunatak's http transport and through the JDK's asynchronous
 * {@code java.net.http} client, which nunatak used before (256 KiB socket buffers, bodies collected into one array).
 * Rounds alternate; each prints the wall time and the JVM's CPU time (all threads, the client's own included), the
 * figure that matters on a machine whose cores are busy decoding.
 *
 * <pre>java -cp bench/target/benchmarks.jar nunatak.bench.HttpFetchCost THREADS ROUNDS PIECE_BYTES URL...</pre>
 */
public final class HttpFetchCost {
    private HttpFetchCost() {
    }

    private interface Fetcher {
        int fetch(URI uri, ByteRange range) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: HttpFetchCost THREADS ROUNDS PIECE_BYTES URL...");
            System.exit(2);
        }
        System.setProperty("jdk.httpclient.bufsize", Integer.toString(256 * 1024)); // as nunatak had it
        int threads = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        long piece = Long.parseLong(args[2]);
        List<URI> uris = new ArrayList<>();
        List<ByteRange> ranges = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            URI uri = URI.create(args[i]);
            long length = RangeReader.open(args[i], SourceOptions.DEFAULT.withCacheBytes(0)).length();
            for (long o = 0; o < length; o += piece) {
                uris.add(uri);
                ranges.add(new ByteRange(o, Math.min(piece, length - o)));
            }
        }
        Map<URI, RangeReader> readers = new java.util.concurrent.ConcurrentHashMap<>();
        Fetcher nunatak = (uri, r) -> readers.computeIfAbsent(uri,
                u -> RangeReader.open(u.toString(), SourceOptions.DEFAULT.withCacheBytes(0))).read(r).length;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Fetcher jdk = (uri, r) -> client.send(HttpRequest.newBuilder(uri)
                        .header("Range", "bytes=" + r.offset() + "-" + (r.end() - 1)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int round = 0; round < rounds; round++) {
            report("nunatak", round, run(nunatak, uris, ranges, pool));
            report("java.net.http", round, run(jdk, uris, ranges, pool));
        }
        pool.shutdown();
    }

    private static double[] run(Fetcher f, List<URI> uris, List<ByteRange> ranges, ExecutorService pool)
            throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<Future<Integer>> pending = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            URI uri = uris.get(i);
            ByteRange r = ranges.get(i);
            pending.add(pool.submit(() -> f.fetch(uri, r)));
        }
        long bytes = 0;
        for (Future<Integer> p : pending) {
            bytes += p.get();
        }
        return new double[] {(System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9, bytes};
    }

    private static void report(String label, int round, double[] r) {
        System.out.printf(Locale.ROOT, "{\"client\": \"%s\", \"round\": %d, \"seconds\": %.3f, \"cpu_seconds\": %.3f,"
                + " \"mib\": %.1f}%n", label, round, r[0], r[1], r[2] / (1 << 20));
    }
}
