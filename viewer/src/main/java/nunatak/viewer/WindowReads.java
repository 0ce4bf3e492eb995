package nunatak.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import nunatak.NunatakException;

/**
 * Runs the window reads of one analysis on a shared pool, a few at a time, and waits for all of them: the first
 * failure cancels the rest and is rethrown as it was raised, so the request fails with the reader's own message.
 */
final class WindowReads {
    private WindowReads() {
    }

    static void runAll(List<Runnable> reads, ExecutorService pool, Progress progress) {
        progress.start(reads.size());
        List<Future<?>> futures = new ArrayList<>(reads.size());
        for (Runnable r : reads) {
            futures.add(pool.submit(() -> {
                r.run();
                progress.advance(1);
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new NunatakException("reading the layer failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | CancellationException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new NunatakException("interrupted while reading the layer", e);
        }
    }
}
