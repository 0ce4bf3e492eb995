package nunatak.spark;

import java.io.Serializable;

/**
 * What one block task sends back from an executor: its result or its failure, the bytes it read, and the
 * process it ran in (so a test or a report can tell executors from the driver).
 */
record Outcome(int task, Serializable result, TaskFailure failure, long bytes, long pid) implements Serializable {

    static Outcome success(int task, Serializable result, long bytes, long pid) {
        return new Outcome(task, result, null, bytes, pid);
    }

    static Outcome failed(int task, TaskFailure failure, long pid) {
        return new Outcome(task, null, failure, 0, pid);
    }
}
