package nunatak.plan;

import java.io.Serializable;
import nunatak.array.Boundary;
import nunatak.array.Dtype;
import nunatak.array.Reducer;
import nunatak.array.Zones;
import nunatak.blocks.Rect;
import nunatak.analysis.PointSampler;
import nunatak.analysis.SamplingMethod;
import nunatak.geom.PixelGrid;

/** What a stage does with the values of its index grid: nothing (values), a coarsen, or sampling at points. */
sealed interface Reduction extends Serializable {

    /** A coarsen's parameters and output size. */
    record Coarsen(int factorRows, int factorCols, Boundary boundary, Reducer reducer, int rows, int cols, Dtype dtype)
            implements Reduction {
    }

    /**
     * Statistics per zone of the source pixels within {@code view} (the rectangle of the source grid the array
     * shows) whose centres lie in the zone.
     */
    record Zonal(Zones zones, PixelGrid grid, Rect view) implements Reduction {
    }

    /**
     * Values at map points, sampled on the source grid (x and y are NaN for points outside the view they were asked
     * of); output {@code i} is point {@code i}, of type {@code dtype} (float64 for bilinear values).
     */
    record Sample(double[] x, double[] y, SamplingMethod method, PixelGrid grid, Dtype dtype) implements Reduction {

        PointSampler sampler(int rows, int cols) {
            return new PointSampler(grid, cols, rows, method);
        }
    }
}
