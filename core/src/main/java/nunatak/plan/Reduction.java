package nunatak.plan;

import java.io.Serializable;
import nunatak.array.Boundary;
import nunatak.array.Dtype;
import nunatak.array.Reducer;
import nunatak.array.SampleMethod;

/** What a stage does with the values of its index grid: nothing (values), a coarsen, or sampling at points. */
sealed interface Reduction extends Serializable {

    /** A coarsen's parameters and output size. */
    record Coarsen(int factorRows, int factorCols, Boundary boundary, Reducer reducer, int rows, int cols, Dtype dtype)
            implements Reduction {
    }

    /**
     * Values at points in the source grid's continuous pixel coordinates (NaN for points outside the view they were
     * asked of); output {@code i} is point {@code i}.
     */
    record Sample(double[] rowPos, double[] colPos, SampleMethod method) implements Reduction {
    }
}
