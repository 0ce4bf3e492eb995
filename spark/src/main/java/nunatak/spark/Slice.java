package nunatak.spark;

import java.io.Serializable;

/** Tasks {@code from..to-1} of a job's task table: what one Spark partition runs, {@code bytes} to read. */
record Slice(int from, int to, long bytes) implements Serializable {
}
