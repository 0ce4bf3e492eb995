package nunatak.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints how long each step took, the way the notebook's %%time cells do. */
final class Timer {
    private final PrintWriter out;
    private long start = System.nanoTime();

    Timer(PrintWriter out) {
        this.out = out;
    }

    /** Prints "label: 1.23 s (detail)" and restarts. */
    double lap(String label, String detail) {
        double s = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "%-12s %7.2f s%s%n", label + ":", s, detail == null || detail.isEmpty() ? "" : "  (" + detail + ")");
        out.flush();
        start = System.nanoTime();
        return s;
    }
}
