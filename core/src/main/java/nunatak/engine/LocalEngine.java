package nunatak.engine;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nunatak.NunatakException;

/**
 * Runs tasks in this JVM: an I/O pool fetches the bytes of upcoming tasks while a CPU pool decodes and
 * reduces, so network latency hides behind computation. I/O concurrency and CPU parallelism are separate
 * settings; a bound on tasks in flight keeps memory in check.
 *
 * <pre>{@code
 * try (LocalEngine engine = new LocalEngine(new LocalEngine.Options(2, 8, 4))) {
 *     Grid g = dem.coarsen(Map.of("y", 100, "x", 100)).mean().compute(engine).values();
 * }
 * }</pre>
 */
public final class LocalEngine implements Engine {
    private static volatile LocalEngine shared;

    /**
     * @param parallelism tasks computing at once (CPU threads)
     * @param ioThreads   tasks fetching at once (each fetch may itself issue several concurrent requests)
     * @param lookahead   tasks fetched ahead of the CPU, beyond those computing
     */
    public record Options(int parallelism, int ioThreads, int lookahead) {
        public static Options defaults() {
            int cpus = Runtime.getRuntime().availableProcessors();
            return new Options(cpus, Math.max(4, cpus), Math.max(2, cpus));
        }
    }

    private final Options options;
    private final ExecutorService cpu;
    private final ExecutorService io;

    public LocalEngine(Options options) {
        this.options = options;
        this.cpu = Executors.newFixedThreadPool(options.parallelism(), daemon("nunatak-cpu"));
        this.io = Executors.newFixedThreadPool(options.ioThreads(), daemon("nunatak-fetch"));
    }

    static LocalEngine shared() {
        if (shared == null) {
            synchronized (LocalEngine.class) {
                if (shared == null) {
                    shared = new LocalEngine(Options.defaults());
                }
            }
        }
        return shared;
    }

    public Options options() {
        return options;
    }

    @Override
    public String name() {
        return "local[" + options.parallelism() + "]";
    }

    @Override
    public <R extends Serializable> void run(String job, List<? extends Task<?, R>> tasks, Consumer<R> onResult,
                                             ProgressListener progress) {
        long total = tasks.stream().mapToLong(Task::bytes).sum();
        progress.started(job, tasks.size(), total);
        LinkedBlockingQueue<Object[]> done = new LinkedBlockingQueue<>();
        Semaphore inFlight = new Semaphore(options.parallelism() + options.lookahead());
        AtomicBoolean failed = new AtomicBoolean();
        Thread feeder = new Thread(() -> {
            for (Task<?, R> t : tasks) {
                try {
                    inFlight.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                if (failed.get()) {
                    inFlight.release();
                    return;
                }
                submit(t, done, inFlight, failed);
            }
        }, "nunatak-feeder");
        feeder.setDaemon(true);
        feeder.start();
        try {
            for (int received = 0; received < tasks.size(); received++) {
                Object[] item = done.take();
                if (item[0] instanceof Throwable err) {
                    failed.set(true);
                    throw rethrow(err, (Task<?, ?>) item[1]);
                }
                @SuppressWarnings("unchecked")
                R r = (R) item[0];
                onResult.accept(r);
                progress.taskDone(((Task<?, ?>) item[1]).bytes());
            }
        } catch (InterruptedException e) {
            failed.set(true);
            Thread.currentThread().interrupt();
            throw new NunatakException(job + ": interrupted", e);
        } finally {
            feeder.interrupt();
            progress.finished();
        }
    }

    private <P, R extends Serializable> void submit(Task<P, R> t, LinkedBlockingQueue<Object[]> done,
                                                    Semaphore inFlight, AtomicBoolean failed) {
        io.execute(() -> {
            P fetched;
            try {
                fetched = failed.get() ? null : t.fetch();
            } catch (Throwable e) {
                inFlight.release();
                done.add(new Object[] {e, t});
                return;
            }
            if (failed.get()) {
                inFlight.release();
                return;
            }
            cpu.execute(() -> {
                try {
                    done.add(new Object[] {t.compute(fetched), t});
                } catch (Throwable e) {
                    done.add(new Object[] {e, t});
                } finally {
                    inFlight.release();
                }
            });
        });
    }

    static RuntimeException rethrow(Throwable err, Task<?, ?> t) {
        if (err instanceof NunatakException ne) {
            return ne;
        }
        if (err instanceof OutOfMemoryError) {
            return new NunatakException(t.describe() + ": out of memory; use smaller chunks (--chunks) or more heap "
                    + "(NUNATAK_JAVA_OPTS=-Xmx8g)", err);
        }
        return new NunatakException(t.describe() + " failed: " + err, err);
    }

    @Override
    public void close() {
        if (this != shared) {
            cpu.shutdownNow();
            io.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
