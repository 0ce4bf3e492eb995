package nunatak.viewer;

import java.util.List;

/**
 * The values of one layer under a map tile: from the coarsest level whose pixels are no larger than the tile's
 * (never coarser than needed), each tile pixel taking the value of the level pixel holding its centre; only the
 * window under the tile is read.
 *
 * <pre>{@code
 * TilePixels p = TilePixels.read(dem, PolarTileGrid.bounds(10, 512, 511), PolarTileGrid.resolution(10));
 * double v = p == null ? Double.NaN : p.value(row, col);
 * }</pre>
 */
final class TilePixels {
    private static final int N = PolarTileGrid.TILE_SIZE;

    private final int[] rows = new int[N];
    private final int[] cols = new int[N];
    private final PixelWindow window;
    private final double[] values;

    private TilePixels(LevelGrid g, double[] bounds, double res, RasterLayer layer) {
        for (int k = 0; k < N; k++) {
            cols[k] = g.colOf(bounds[0] + (k + 0.5) * res);
            rows[k] = g.rowOf(bounds[3] - (k + 0.5) * res);
        }
        window = PixelWindow.spanning(rows[0], cols[0], rows[N - 1], cols[N - 1]).clip(g.all());
        values = window.isEmpty() ? null : layer.read(g.level(), window);
    }

    /** The layer under a tile of {@code res} metres per pixel, or null when none of its pixels lies there. */
    static TilePixels read(RasterLayer layer, double[] bounds, double res) {
        TilePixels p = new TilePixels(layer.levels().get(levelFor(layer.levels(), res)), bounds, res, layer);
        return p.values == null ? null : p;
    }

    /** The level to draw a tile of {@code res} metres per pixel from. */
    static int levelFor(List<LevelGrid> levels, double res) {
        int best = 0;
        for (int k = 1; k < levels.size(); k++) {
            if (levels.get(k).resX() <= res * (1 + 1e-9) && levels.get(k).resY() <= res * (1 + 1e-9)) {
                best = k;
            }
        }
        return best;
    }

    /** The value under tile pixel (row, col), NaN where the layer has none. */
    double value(int row, int col) {
        int r = rows[row];
        int c = cols[col];
        if (r < window.row0() || r > window.lastRow() || c < window.col0() || c > window.lastCol()) {
            return Double.NaN;
        }
        return values[(r - window.row0()) * window.cols() + c - window.col0()];
    }
}
