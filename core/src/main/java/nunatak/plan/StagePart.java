package nunatak.plan;

import java.io.Serializable;
import java.util.List;
import nunatak.array.CoarseCells;
import nunatak.array.Grid;
import nunatak.array.ZonalPartials;
import nunatak.source.IoCounter;

/**
 * What one task sends back: values of the grid positions it computed, partial coarse statistics, or values at its
 * sample points; {@code task} is its place in the plan, so the driver can merge partials in plan order (floating-
 * point sums then do not depend on which task finished first).
 */
record StagePart(int task, List<Piece> pieces, CoarseCells cells, int[] sampleIndex, double[] sampleValues,
                 ZonalPartials zonal, IoCounter io)
        implements Serializable {

    StagePart(int task, List<Piece> pieces, CoarseCells cells, int[] sampleIndex, double[] sampleValues,
              ZonalPartials zonal) {
        this(task, pieces, cells, sampleIndex, sampleValues, zonal, null);
    }

    StagePart withIo(IoCounter v) {
        return new StagePart(task, pieces, cells, sampleIndex, sampleValues, zonal, v);
    }

    /** Values for grid rows {@code row0..} and columns {@code col0..}. */
    record Piece(int row0, int col0, Grid grid) implements Serializable {
    }
}
