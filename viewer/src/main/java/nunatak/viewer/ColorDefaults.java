package nunatak.viewer;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import nunatak.plot.ColorLimits;

/**
 * The colour range a layer starts with: its 2nd to 98th percentile (xarray's {@code robust=True}), taken from the
 * coarsest overview, which is a few blocks per tile; at most a window of {@link #MAX_SIDE}² pixels of it is read.
 * The relief ({@code hillshade}) keeps gdaldem's 0..255.
 * Computed once per layer on first use.
 *
 * <pre>{@code
 * ColorDefaults.Limits l = defaults.of(source.layer("dem"));   // l.vmin(), l.vmax(), l.min(), l.max()
 * }</pre>
 */
final class ColorDefaults {
    static final int MAX_SIDE = 2048;

    /** Robust colour limits and the full range of the values looked at. */
    record Limits(double vmin, double vmax, double min, double max) {
    }

    private final Map<String, CompletableFuture<Limits>> byLayer = new ConcurrentHashMap<>();

    Limits of(RasterLayer layer) {
        CompletableFuture<Limits> mine = new CompletableFuture<>();
        CompletableFuture<Limits> known = byLayer.putIfAbsent(layer.name(), mine);
        if (known != null) {
            try {
                return known.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
        }
        try {
            Limits l = compute(layer);
            mine.complete(l);
            return l;
        } catch (RuntimeException e) {
            byLayer.remove(layer.name(), mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Limits compute(RasterLayer layer) {
        if (layer.name().equals(ViewSource.HILLSHADE)) {
            return new Limits(0, 255, 0, 255); // gdaldem's bytes, unstretched, so every tile shades alike
        }
        LevelGrid g = layer.levels().get(layer.levels().size() - 1);
        int rows = Math.min(g.height(), MAX_SIDE);
        int cols = Math.min(g.width(), MAX_SIDE);
        PixelWindow centre = new PixelWindow((g.height() - rows) / 2, (g.width() - cols) / 2, rows, cols);
        double[] v = layer.read(g.level(), centre);
        double[] robust = ColorLimits.robust().resolve(v);
        double[] range = ColorLimits.auto().resolve(v);
        return new Limits(robust[0], robust[1], range[0], range[1]);
    }
}
