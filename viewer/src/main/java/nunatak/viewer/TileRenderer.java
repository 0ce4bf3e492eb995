package nunatak.viewer;

import nunatak.plot.Colormap;
import nunatak.plot.Hillshade;

/**
 * Draws one map tile: the layer's values under it ({@link TilePixels}) through the style's colour map, optionally
 * shaded by the relief under it, transparent where there is no value.
 *
 * <pre>{@code
 * int[] argb = TileRenderer.render(dem, null, style, 10, 512, 511);   // 256 x 256 colours, or null: nothing there
 * }</pre>
 */
final class TileRenderer {
    private static final int N = PolarTileGrid.TILE_SIZE;

    private TileRenderer() {
    }

    /**
     * ARGB colours of the tile, row by row, or null when no pixel of the layer lies under it.
     *
     * @param relief the relief shading the colours, or null for none
     */
    static int[] render(RasterLayer layer, RasterLayer relief, TileStyle style, int z, long x, long y) {
        double res = PolarTileGrid.resolution(z);
        double[] bounds = PolarTileGrid.bounds(z, x, y);
        TilePixels values = TilePixels.read(layer, bounds, res);
        if (values == null) {
            return null;
        }
        TilePixels light = relief == null ? null : TilePixels.read(relief, bounds, res);
        Hillshade blend = TileStyle.blend();
        Colormap cmap = Colormap.named(style.colormap());
        double span = style.vmax() - style.vmin();
        int[] argb = new int[N * N];
        boolean any = false;
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                double v = values.value(r, c);
                if (Double.isNaN(v)) {
                    continue;
                }
                int colour = cmap.argb((v - style.vmin()) / span);
                double shade = light == null ? Double.NaN : light.value(r, c);
                argb[r * N + c] = Double.isNaN(shade) ? colour : blend.shade(colour, TileStyle.intensity(shade));
                any = true;
            }
        }
        return any ? argb : null;
    }
}
