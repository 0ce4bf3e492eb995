package nunatak.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nunatak.engine.Task;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs the block tasks of one Spark partition on an executor, fetching the next task's bytes while the current
 * one decodes (as the local engine overlaps I/O and CPU). A failure is returned as an {@link Outcome}, not
 * thrown: the driver rethrows it as the original exception, and Spark does not retry what would fail again.
 * Transient network errors never get here: the range reader has already retried them.
 */
final class PartitionRunner implements FlatMapFunction<Iterator<Slice>, Outcome> {
    private static final long serialVersionUID = 1L;
    private static final ExecutorService PREFETCH = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "nunatak-prefetch");
        t.setDaemon(true);
        return t;
    });

    private final Broadcast<byte[]> table;
    private final String fingerprint;
    private final LongAccumulator bytesRead;

    PartitionRunner(Broadcast<byte[]> table, String fingerprint, LongAccumulator bytesRead) {
        this.table = table;
        this.fingerprint = fingerprint;
        this.bytesRead = bytesRead;
    }

    @Override
    public Iterator<Outcome> call(Iterator<Slice> slices) {
        List<Task<?, ?>> tasks = TaskTable.decode(fingerprint, table::value);
        long pid = ProcessHandle.current().pid();
        List<Outcome> out = new ArrayList<>();
        while (slices.hasNext()) {
            if (!run(tasks, slices.next(), pid, out)) {
                break;
            }
        }
        return out.iterator();
    }

    /** Runs one slice; false after a failure, which ends the partition. */
    private boolean run(List<Task<?, ?>> tasks, Slice s, long pid, List<Outcome> out) {
        CompletableFuture<Object> next = prefetch(tasks.get(s.from()));
        for (int i = s.from(); i < s.to(); i++) {
            @SuppressWarnings("unchecked")
            Task<Object, ?> t = (Task<Object, ?>) tasks.get(i);
            try {
                Object fetched = await(next);
                next = i + 1 < s.to() ? prefetch(tasks.get(i + 1)) : null;
                Serializable result = t.compute(fetched);
                bytesRead.add(t.bytes());
                out.add(Outcome.success(i, result, t.bytes(), pid));
            } catch (Throwable e) {
                if (next != null) {
                    next.cancel(true);
                }
                if (e instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("task killed", e); // the job was cancelled: let Spark end it
                }
                out.add(Outcome.failed(i, TaskFailure.of(e, t), pid));
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static CompletableFuture<Object> prefetch(Task<?, ?> t) {
        return CompletableFuture.supplyAsync(() -> ((Task<Object, ?>) t).fetch(), PREFETCH);
    }

    private static Object await(CompletableFuture<Object> f) throws Throwable {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
    }
}
