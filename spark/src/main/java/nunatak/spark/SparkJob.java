package nunatak.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nunatak.NunatakException;
import nunatak.engine.ProgressListener;
import nunatak.engine.Task;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver's side of one engine run: builds (or finds kept) partitions, submits one Spark job, and on the
 * calling thread hands each result to the caller as its partition arrives, feeds progress from the listener
 * bus, and stops the job at the first failure.
 */
final class SparkJob {
    private static final AtomicLong GROUPS = new AtomicLong();
    /** Listener events trail results a little; this long we wait for them before completing the bar ourselves. */
    private static final long PROGRESS_GRACE_MILLIS = 500;

    /** A partition's outcomes, as the DAG scheduler hands them over. */
    private record PartitionDone(int partition, List<Outcome> outcomes) {
    }

    private final JavaSparkContext jsc;
    private final JobEvents events;
    private final LongAccumulator bytesRead;
    private final KeptResults kept;
    private final Partitioning partitioning;

    SparkJob(JavaSparkContext jsc, JobEvents events, LongAccumulator bytesRead, KeptResults kept,
             Partitioning partitioning) {
        this.jsc = jsc;
        this.events = events;
        this.bytesRead = bytesRead;
        this.kept = kept;
        this.partitioning = partitioning;
    }

    <R extends Serializable> JobReport run(String job, List<? extends Task<?, R>> tasks, Consumer<R> onResult,
                                           ProgressListener progress, boolean keep) {
        long t0 = System.nanoTime();
        if (tasks.isEmpty()) { // a view of missing tiles only: nothing to read
            progress.started(job, 0, 0);
            progress.finished();
            return new JobReport(job, 0, 0, 0, Set.of(), ProcessHandle.current().pid(), false, 0);
        }
        TaskTable.Encoded table = TaskTable.encode(tasks);
        KeptResults.Kept reuse = kept.get(table.fingerprint());
        List<Slice> slices;
        JavaRDD<Outcome> rdd;
        Broadcast<byte[]> broadcast = null;
        if (reuse != null) {
            slices = reuse.slices();
            rdd = reuse.rdd();
        } else {
            slices = TaskPacking.pack(tasks, jsc.sc().defaultParallelism(), partitioning);
            broadcast = jsc.broadcast(table.bytes());
            rdd = jsc.parallelize(slices, slices.size())
                    .mapPartitions(new PartitionRunner(broadcast, table.fingerprint(), bytesRead));
            if (keep) {
                rdd.setName(job + " (nunatak, " + tasks.size() + " tasks)").persist(StorageLevel.MEMORY_AND_DISK_SER());
                kept.put(table.fingerprint(), new KeptResults.Kept(job, rdd, slices, broadcast));
            }
        }
        long total = slices.stream().mapToLong(Slice::bytes).sum();
        progress.started(job, slices.size(), total);
        boolean ok = false;
        try {
            Set<Long> pids = stream(job, rdd, slices, tasks, onResult, progress);
            ok = true;
            return new JobReport(job, slices.size(), tasks.size(), total, pids, ProcessHandle.current().pid(),
                    reuse != null, (System.nanoTime() - t0) / 1e9);
        } finally {
            progress.finished();
            boolean keptNow = keep && reuse == null;
            if (keptNow && !ok) {
                kept.drop(table.fingerprint());
            } else if (broadcast != null && !keptNow) {
                broadcast.destroy();
            }
        }
    }

    private <R extends Serializable> Set<Long> stream(String job, JavaRDD<Outcome> rdd, List<Slice> slices,
                                                      List<? extends Task<?, R>> tasks, Consumer<R> onResult,
                                                      ProgressListener progress) {
        LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        String group = "nunatak-" + GROUPS.incrementAndGet();
        events.follow(group, queue);
        SimpleFutureAction<Object> future = null;
        try {
            future = submit(group, job, rdd, slices.size(), queue);
            Set<Long> pids = new HashSet<>();
            Set<Integer> ticked = new HashSet<>();
            int partitionsDone = 0;
            long lastEvent = System.nanoTime();
            while (partitionsDone < slices.size() || ticked.size() < slices.size()) {
                Object ev = queue.poll(50, TimeUnit.MILLISECONDS);
                if (ev instanceof PartitionDone done) {
                    partitionsDone++;
                    for (Outcome o : done.outcomes()) {
                        pids.add(o.pid());
                        if (o.failure() != null) {
                            throw o.failure().rebuild();
                        }
                        @SuppressWarnings("unchecked")
                        R r = (R) o.result();
                        onResult.accept(r);
                    }
                    lastEvent = System.nanoTime();
                } else if (ev instanceof JobEvents.TaskEnded end) {
                    if (ticked.add(end.partition())) {
                        progress.taskDone(end.bytes() > 0 ? end.bytes() : slices.get(end.partition()).bytes());
                    }
                } else if (future.isCompleted() && future.value().get().isFailure()) {
                    throw SparkFailures.translate(job, future.value().get().failed().get());
                } else if (partitionsDone == slices.size()
                        && System.nanoTime() - lastEvent > TimeUnit.MILLISECONDS.toNanos(PROGRESS_GRACE_MILLIS)) {
                    for (int p = 0; p < slices.size(); p++) {
                        if (ticked.add(p)) {
                            progress.taskDone(slices.get(p).bytes());
                        }
                    }
                }
            }
            return pids;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NunatakException(job + ": interrupted", e);
        } finally {
            if (future != null && !future.isCompleted()) {
                future.cancel();
            }
            events.forget(group);
        }
    }

    private SimpleFutureAction<Object> submit(String group, String job, JavaRDD<Outcome> rdd, int partitions,
                                              LinkedBlockingQueue<Object> queue) {
        List<Object> all = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            all.add(p);
        }
        SparkContext sc = jsc.sc();
        sc.setJobGroup(group, job, true);
        try {
            return sc.submitJob(rdd.rdd(), new CollectPartition(), CollectionConverters.asScala(all).toSeq(),
                    new AbstractFunction2<Object, ArrayList<Outcome>, BoxedUnit>() {
                        @Override
                        public BoxedUnit apply(Object partition, ArrayList<Outcome> outcomes) {
                            queue.add(new PartitionDone((Integer) partition, outcomes));
                            return BoxedUnit.UNIT;
                        }
                    },
                    new AbstractFunction0<Object>() {
                        @Override
                        public Object apply() {
                            return null;
                        }
                    });
        } finally {
            sc.clearJobGroup();
        }
    }

    /** Runs on executors: hands a partition's outcomes back as one list. */
    private static final class CollectPartition extends AbstractFunction1<scala.collection.Iterator<Outcome>,
            ArrayList<Outcome>> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ArrayList<Outcome> apply(scala.collection.Iterator<Outcome> it) {
            ArrayList<Outcome> out = new ArrayList<>();
            while (it.hasNext()) {
                out.add(it.next());
            }
            return out;
        }
    }
}
