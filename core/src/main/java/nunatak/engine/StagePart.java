package nunatak.engine;

import java.io.Serializable;
import java.util.List;
import nunatak.array.CoarseCells;
import nunatak.array.Grid;

/** What one task sends back: values of the grid positions its blocks hold, or partial coarse statistics. */
public record StagePart(List<Piece> pieces, CoarseCells cells) implements Serializable {

    /** Values for grid rows {@code row0..} and columns {@code col0..}. */
    public record Piece(int row0, int col0, Grid grid) implements Serializable {
    }
}
