package nunatak.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nunatak.NunatakException;

/** Runs the tile writers of a sample on a few threads; the first failure stops the rest and is rethrown. */
final class SampleTasks {
    private SampleTasks() {
    }

    static void runAll(List<Runnable> tasks, int workers, Path root) {
        if (tasks.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, tasks.size())), r -> {
            Thread t = new Thread(r, "nunatak-sample");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NunatakException("interrupted while generating sample tiles under " + root, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new NunatakException("generating a sample tile failed: " + c, c);
        } finally {
            pool.shutdownNow();
            try {
                // Let interrupted writers remove their temporary files before returning.
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
