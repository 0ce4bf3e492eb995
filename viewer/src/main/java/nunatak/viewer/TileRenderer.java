package nunatak.viewer;

import java.util.List;
import nunatak.plot.Colormap;
import nunatak.plot.Hillshade;

/**
 * Draws one map tile: picks the coarsest level whose pixels are no larger than the tile's (never coarser than
 * needed), reads the window under the tile from it (one pixel more around it when shading, so slopes at the tile
 * edges see their neighbours), and gives each tile pixel the value of the level pixel holding its centre.
 *
 * <pre>{@code
 * int[] argb = TileRenderer.render(dem, style, 10, 512, 511);   // 256 x 256 colours, or null: nothing there
 * }</pre>
 */
final class TileRenderer {
    private static final int N = PolarTileGrid.TILE_SIZE;

    private TileRenderer() {
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

    /** ARGB colours of the tile, row by row, or null when no pixel of the layer lies under it. */
    static int[] render(RasterLayer layer, TileStyle style, int z, long x, long y) {
        double res = PolarTileGrid.resolution(z);
        double[] b = PolarTileGrid.bounds(z, x, y);
        LevelGrid g = layer.levels().get(levelFor(layer.levels(), res));
        int[] cols = new int[N];
        int[] rows = new int[N];
        for (int k = 0; k < N; k++) {
            cols[k] = g.colOf(b[0] + (k + 0.5) * res);
            rows[k] = g.rowOf(b[3] - (k + 0.5) * res);
        }
        PixelWindow under = PixelWindow.spanning(rows[0], cols[0], rows[N - 1], cols[N - 1]).clip(g.all());
        if (under.isEmpty()) {
            return null;
        }
        boolean relief = style.reliefOnly() || style.shaded();
        PixelWindow w = relief ? PixelWindow.spanning(under.row0() - 1, under.col0() - 1, under.lastRow() + 1,
                under.lastCol() + 1).clip(g.all()) : under;
        double[] v = layer.read(g.level(), w);
        Hillshade shading = style.light();
        double[] light = relief ? shading.illumination(v, w.cols(), w.rows(), g.resX(), g.resY()) : null;
        Colormap cmap = Colormap.named(style.reliefOnly() ? "gray" : style.colormap());
        double span = style.vmax() - style.vmin();
        int[] argb = new int[N * N];
        boolean any = false;
        for (int r = 0; r < N; r++) {
            int wr = rows[r] - w.row0();
            if (rows[r] < under.row0() || rows[r] > under.lastRow()) {
                continue;
            }
            for (int c = 0; c < N; c++) {
                if (cols[c] < under.col0() || cols[c] > under.lastCol()) {
                    continue;
                }
                int i = wr * w.cols() + cols[c] - w.col0();
                double value = v[i];
                if (Double.isNaN(value)) {
                    continue;
                }
                int colour;
                if (style.reliefOnly()) {
                    colour = cmap.argb(TileStyle.intensity(light[i]));
                } else {
                    colour = cmap.argb((value - style.vmin()) / span);
                    if (light != null) {
                        colour = shading.shade(colour, TileStyle.intensity(light[i]));
                    }
                }
                argb[r * N + c] = colour;
                any = true;
            }
        }
        return any ? argb : null;
    }
}
