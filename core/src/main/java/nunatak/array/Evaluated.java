package nunatak.array;

import nunatak.engine.JobStats;

/** A computed grid and what computing it did. */
public record Evaluated(Grid grid, JobStats job) {
}
