package nunatak.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs compiled examples one after another in a JVM of their own, started in the {@link ExampleWorkspace} so that
 * the files the examples name resolve, and writes one line per example: its class, {@code ok} or {@code failed},
 * and for a failure what was thrown. An example that runs longer than its limit is reported and left behind (its
 * thread is a daemon), so one hang cannot hide the other results.
 *
 * <pre>{@code
 * java -cp <test class path>:<examples> nunatak.examples.ExampleRunner results.tsv classes.txt
 * }</pre>
 */
public final class ExampleRunner {
    static final long LIMIT_MS = 300_000;

    private ExampleRunner() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> classes = Files.readAllLines(Path.of(args[1]));
        StringBuilder results = new StringBuilder();
        for (String name : classes) {
            long start = System.nanoTime();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    Class.forName(name).getMethod("run").invoke(null);
                } catch (InvocationTargetException e) {
                    failure.set(e.getCause());
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, name);
            t.setDaemon(true);
            t.start();
            t.join(LIMIT_MS);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String outcome;
            if (t.isAlive()) {
                outcome = "failed\tstill running after " + LIMIT_MS / 1000 + " s";
            } else if (failure.get() != null) {
                outcome = "failed\t" + describe(failure.get(), name);
            } else {
                outcome = "ok\t";
            }
            results.append(name).append('\t').append(ms).append('\t').append(outcome).append('\n');
            Files.writeString(Path.of(args[0]), results, StandardCharsets.UTF_8);
        }
        System.exit(0);   // examples may leave non-daemon threads (a Spark context) behind
    }

    /** The exception, its causes, and the example's own frames, on one line. */
    private static String describe(Throwable e, String exampleClass) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        StringBuilder s = new StringBuilder();
        for (String line : trace.toString().split("\n")) {
            String l = line.strip();
            if (!l.startsWith("at ") || l.contains(exampleClass + ".")) {
                s.append(s.length() == 0 ? "" : " | ").append(l);
            }
        }
        return s.toString().replace('\t', ' ');
    }
}
