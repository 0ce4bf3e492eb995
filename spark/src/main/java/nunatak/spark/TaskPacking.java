package nunatak.spark;

import java.util.ArrayList;
import java.util.List;
import nunatak.engine.Task;

/**
 * Groups consecutive tasks into Spark partitions by the bytes they read. The planner lists a tile's chunks
 * next to each other, so consecutive grouping keeps neighbours of one tile on one executor, where its header
 * is parsed once; a partition ends early at a tile boundary rather than late.
 */
final class TaskPacking {
    /** Partitions per slot: a few waves even out tasks of unequal cost. */
    private static final int WAVES = 4;

    private TaskPacking() {
    }

    static List<Slice> pack(List<? extends Task<?, ?>> tasks, int slots, Partitioning p) {
        long total = 0;
        for (Task<?, ?> t : tasks) {
            total += Math.max(0, t.bytes());
        }
        int slotCount = Math.max(1, slots);
        long target = ceilDiv(total, (long) slotCount * WAVES);
        target = Math.min(Math.max(target, p.minPartitionBytes()), p.maxPartitionBytes());
        target = Math.min(target, Math.max(1, ceilDiv(total, Math.max(1, Math.min(tasks.size(), slotCount)))));
        target = Math.max(target, ceilDiv(total, p.maxPartitions()));

        List<Slice> out = new ArrayList<>();
        int from = 0;
        long bytes = 0;
        for (int i = 0; i < tasks.size(); i++) {
            long b = Math.max(0, tasks.get(i).bytes());
            boolean mayCut = i > from && out.size() < p.maxPartitions() - 1;
            // only past the first task of a partition is there a previous task to compare tiles with
            if (mayCut && (bytes + b > target
                    || bytes >= target / 2 && locality(tasks.get(i)) != locality(tasks.get(i - 1)))) {
                out.add(new Slice(from, i, bytes));
                from = i;
                bytes = 0;
            }
            bytes += b;
        }
        if (from < tasks.size()) {
            out.add(new Slice(from, tasks.size(), bytes));
        }
        return out;
    }

    private static int locality(Task<?, ?> t) {
        return t.locality();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
