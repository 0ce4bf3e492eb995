package nunatak.engine;

/**
 * Receives progress of a computation; the CLI draws it as a progress bar. Called from the driver thread.
 *
 * <pre>{@code
 * ProgressListener dots = new ProgressListener() {
 *     public void taskDone(long bytes) {
 *         System.out.print(".");
 *     }
 * };
 * DataArray map = dem.coarsen(Map.of("y", 10, "x", 10)).mean().compute(engine, dots);
 * }</pre>
 */
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
