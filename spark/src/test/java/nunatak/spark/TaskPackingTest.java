package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nunatak.engine.Task;
import org.junit.jupiter.api.Test;

/** Partitions by bytes: not tiny, not huge, enough for every slot, bounded in number, contiguous. */
class TaskPackingTest {
    private record Sized(long bytes) implements Task<Void, Long> {
        @Override
        public Void fetch() {
            return null;
        }

        @Override
        public Long compute(Void fetched) {
            return bytes;
        }

        @Override
        public String describe() {
            return bytes + " bytes";
        }
    }

    private static List<Sized> tasks(int n, long each) {
        List<Sized> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Sized(each));
        }
        return out;
    }

    @Test
    void smallTasksAreGroupedUpToTheMinimumPartitionSize() {
        // 10 000 tasks of 1 MiB on 100 slots: 25 MiB per partition would give 4 waves, but 32 MiB is the floor.
        List<Slice> s = TaskPacking.pack(tasks(10_000, 1 << 20), 100, Partitioning.DEFAULT);
        assertEquals(313, s.size());
        assertTrue(s.stream().allMatch(x -> x.bytes() <= 32L << 20));
        assertContiguous(s, 10_000);
    }

    @Test
    void partitionsStayBelowTheMaximumSize() {
        // On 8 slots, 4 waves would mean 312 MiB partitions: capped at 256 MiB.
        List<Slice> s = TaskPacking.pack(tasks(10_000, 1 << 20), 8, Partitioning.DEFAULT);
        assertEquals(40, s.size());
        assertTrue(s.stream().allMatch(x -> x.bytes() <= 256L << 20));
        assertContiguous(s, 10_000);
    }

    @Test
    void smallJobsStillKeepEverySlotBusy() {
        List<Slice> s = TaskPacking.pack(tasks(16, 30 << 20), 2, Partitioning.DEFAULT);
        assertEquals(8, s.size(), "4 waves on 2 slots");
        assertContiguous(s, 16);
        assertEquals(2, TaskPacking.pack(tasks(4, 1000), 2, Partitioning.DEFAULT).size(), "one per slot");
        assertEquals(3, TaskPacking.pack(tasks(3, 1000), 8, Partitioning.DEFAULT).size(), "one per task");
    }

    @Test
    void bigTasksAreNeverMerged() {
        List<Slice> s = TaskPacking.pack(tasks(100, 300L << 20), 4, Partitioning.DEFAULT);
        assertEquals(100, s.size());
    }

    @Test
    void theNumberOfPartitionsIsBounded() {
        List<Slice> s = TaskPacking.pack(tasks(1_000_000, 64 << 20), 100, Partitioning.DEFAULT);
        assertTrue(s.size() <= 20_000, s.size() + " partitions");
        assertTrue(s.size() >= 19_000, s.size() + " partitions");
        assertContiguous(s, 1_000_000);
    }

    @Test
    void tasksThatReadNothingArePackedToo() {
        // a profile through an area no tile covers: every task reads 0 bytes
        List<Slice> s = TaskPacking.pack(tasks(5, 0), 2, Partitioning.DEFAULT);
        assertContiguous(s, 5);
        assertTrue(s.stream().allMatch(x -> x.bytes() == 0));
    }

    private static void assertContiguous(List<Slice> s, int n) {
        int at = 0;
        for (Slice x : s) {
            assertEquals(at, x.from());
            assertTrue(x.to() > x.from());
            at = x.to();
        }
        assertEquals(n, at);
    }
}
