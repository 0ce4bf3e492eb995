package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import nunatak.BadContentException;
import nunatak.NotFoundException;
import nunatak.NunatakException;
import nunatak.engine.Task;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

/** What reaches the user when Spark or a task fails: nunatak's exception and one line, never Spark's traces. */
class SparkFailuresTest {

    @Test
    void aNunatakExceptionInsideSparksIsReturnedAsItIs() {
        NotFoundException cause = new NotFoundException("s3://b/k.tif: no such object (HTTP 404)");
        assertSame(cause, SparkFailures.translate("read", new SparkException("Job aborted", cause)));
    }

    @Test
    void anyOtherFailureBecomesOneLine() {
        RuntimeException e = SparkFailures.translate("coarsen 10x10 mean", new SparkException(
                "Job aborted due to stage failure: Task 0 in stage 3.0 failed 4 times, most recent failure: Lost task "
                        + "0.3 (TID 9) (10.0.0.7 executor 2): ExecutorLostFailure (executor 2 exited)\n"
                        + "\tat org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:1)"));
        assertEquals(NunatakException.class, e.getClass());
        assertEquals("coarsen 10x10 mean failed on Spark: Task 0 in stage 3.0 failed 4 times, most recent failure: "
                + "Lost task 0.3 (TID 9) (10.0.0.7 executor 2): ExecutorLostFailure (executor 2 exited)", e.getMessage());
    }

    @Test
    void aTaskFailureTravelsAsTypeAndMessage() {
        Task<Void, Integer> t = new Task<>() {
            @Override
            public Void fetch() {
                return null;
            }

            @Override
            public Integer compute(Void fetched) {
                return 0;
            }

            @Override
            public long bytes() {
                return 0;
            }

            @Override
            public String describe() {
                return "chunk (1, 2) of 4 blocks";
            }
        };
        RuntimeException bad = TaskFailure.of(new BadContentException("x.tif: LZW code out of range"), t).rebuild();
        assertEquals(BadContentException.class, bad.getClass());
        assertEquals("x.tif: LZW code out of range", bad.getMessage());

        RuntimeException bug = TaskFailure.of(new ArrayIndexOutOfBoundsException("Index 5"), t).rebuild();
        assertEquals(NunatakException.class, bug.getClass());
        assertEquals("chunk (1, 2) of 4 blocks failed: java.lang.ArrayIndexOutOfBoundsException: Index 5",
                bug.getMessage());

        RuntimeException unserializable = new TaskFailure(NotFoundException.class.getName(), "gone", null).rebuild();
        assertEquals(NotFoundException.class, unserializable.getClass());
        assertEquals("gone", unserializable.getMessage());
    }
}
