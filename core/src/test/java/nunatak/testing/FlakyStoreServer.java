package nunatak.testing;

import java.nio.file.Path;
import nunatak.testing.RangeHttpServer.Fault;
import nunatak.testing.RangeHttpServer.Faults;

/**
 * Serves a directory twice on 127.0.0.1, for benchmarks (bench/flaky.sh): once cleanly and once as a flaky
 * object store ({@link Faults#flakyStore}). Prints the two base URLs, one per line, then serves until its
 * standard input closes, and prints the faults it injected.
 *
 * <pre>{@code
 * java -cp ... nunatak.testing.FlakyStoreServer DIR STALL_SECONDS SEED
 * }</pre>
 */
public final class FlakyStoreServer {
    private FlakyStoreServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: FlakyStoreServer DIR STALL_SECONDS SEED");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        long stallMillis = Math.round(Double.parseDouble(args[1]) * 1000);
        Faults faults = Faults.flakyStore(stallMillis, Long.parseLong(args[2]));
        try (RangeHttpServer clean = RangeHttpServer.serve(root);
             RangeHttpServer flaky = RangeHttpServer.serve(root, faults)) {
            System.out.println(clean.baseUrl());
            System.out.println(flaky.baseUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the caller closes our stdin
            }
            StringBuilder sb = new StringBuilder("flaky store: " + flaky.requests().size() + " requests");
            for (Fault f : Fault.values()) {
                sb.append(", ").append(flaky.faultsInjected(f)).append(' ').append(f);
            }
            System.err.println(sb);
        }
    }
}
