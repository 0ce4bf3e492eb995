package nunatak.engine;

/** Receives progress of a computation; the CLI draws it as a progress bar. Called from the driver thread. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    default void started(String job, int tasks, long bytes) {
    }

    default void taskDone(long bytes) {
    }

    default void finished() {
    }
}
