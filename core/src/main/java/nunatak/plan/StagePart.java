package nunatak.plan;

import java.io.Serializable;
import java.util.List;
import nunatak.array.CoarseCells;
import nunatak.array.Grid;

/**
 * What one task sends back: values of the grid positions it computed, partial coarse statistics, or values at its
 * sample points; {@code task} is its place in the plan, so the driver can merge partials in plan order (floating-
 * point sums then do not depend on which task finished first).
 */
record StagePart(int task, List<Piece> pieces, CoarseCells cells, int[] sampleIndex, double[] sampleValues)
        implements Serializable {

    /** Values for grid rows {@code row0..} and columns {@code col0..}. */
    record Piece(int row0, int col0, Grid grid) implements Serializable {
    }
}
