package nunatak.engine;

import java.io.Serializable;

/**
 * A unit of work an engine runs where it likes (a local thread, a Spark executor). It carries descriptors
 * only (URIs, windows, options), never open handles, and is run in two phases so an engine can overlap the
 * I/O of some tasks with the CPU work of others.
 *
 * @param <P> what {@link #fetch()} brings in (bytes)
 * @param <R> the result sent back to the driver
 */
public interface Task<P, R extends Serializable> extends Serializable {

    /** The I/O phase: fetches what the task needs. */
    P fetch();

    /** The CPU phase: decodes and computes. */
    R compute(P fetched);

    /** Bytes this task reads, for progress and for partitioning. */
    long bytes();

    /** A short description for progress displays and error messages. */
    String describe();

    /**
     * Tasks with the same locality read the same files (their headers are parsed once per executor), so an engine
     * that groups tasks keeps them together; -1 for none.
     */
    default int locality() {
        return -1;
    }

    default R run() {
        return compute(fetch());
    }
}
