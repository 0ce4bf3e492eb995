package nunatak.viewer;

import nunatak.array.DataArray;
import nunatak.array.Grid;
import nunatak.array.Slice;
import nunatak.engine.Engine;

/**
 * Reads a window of a level's lazy array through the planner, so a tile reads only the blocks under it (and, for
 * relief, the halo of pixels its slopes need, which the planner takes from the neighbouring blocks).
 */
final class WindowReader {
    private WindowReader() {
    }

    static double[] read(DataArray level, LevelGrid grid, PixelWindow window, Engine engine) {
        if (window.isEmpty() || !grid.all().clip(window).equals(window)) {
            throw new IllegalArgumentException("window " + window + " is not inside level " + grid.level());
        }
        Grid g = level.isel("y", Slice.of(window.row0(), window.row0() + window.rows()))
                .isel("x", Slice.of(window.col0(), window.col0() + window.cols()))
                .compute(engine).values();
        double[] out = new double[g.rows() * g.cols()];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.values().get(i);
        }
        return out;
    }
}
