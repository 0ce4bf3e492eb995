package nunatak.viewer;

import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntSupplier;

/**
 * {@code GET /tiles/{z}/{x}/{y}.png?layer=&colormap=&vmin=&vmax=&hillshade=&exaggeration=}: a tile of the
 * EPSG:3031 grid ({@link PolarTileGrid}); colour limits default to the layer's robust range (the relief's to 0..255),
 * the colour map to the layer's own; {@code hillshade=1} shades the colours by the main layer's relief. Tiles never
 * change while the server runs, so the browser may keep them.
 */
final class TileRoutes {
    private final ViewSource source;
    private final TileService tiles;
    private final ColorDefaults colors;
    private final IntSupplier maxZoom;

    TileRoutes(ViewSource source, TileService tiles, ColorDefaults colors, IntSupplier maxZoom) {
        this.source = source;
        this.tiles = tiles;
        this.colors = colors;
        this.maxZoom = maxZoom;
    }

    void tile(Context ctx) {
        int z = Params.integer("z", ctx.pathParam("z"));
        long x = Params.integer("x", ctx.pathParam("x"));
        String yName = ctx.pathParam("y");
        if (!yName.endsWith(".png")) {
            throw new HttpProblem(404, "tiles are /tiles/{z}/{x}/{y}.png");
        }
        long y = Params.integer("y", yName.substring(0, yName.length() - 4));
        PolarTileGrid.check(z, x, y, maxZoom.getAsInt());
        LayerChoice choice = LayerChoice.of(source, ctx);
        TileStyle style = style(ctx, choice);
        RasterLayer relief = style.shaded() ? source.relief(style.exaggeration()) : null;
        CompletableFuture<byte[]> drawn = tiles.tile(choice.layer(), relief, style, z, x, y);
        ctx.future(() -> drawn.handle((png, err) -> {
            if (err != null) {
                throw err instanceof CompletionException ce && ce.getCause() != null ? asRuntime(ce.getCause())
                        : asRuntime(err);
            }
            ctx.contentType("image/png").header("Cache-Control", "private, max-age=3600").result(png);
            return png;
        }));
    }

    private TileStyle style(Context ctx, LayerChoice choice) {
        String colormap = ctx.queryParam("colormap");
        if (colormap == null || colormap.isEmpty()) {
            colormap = LayerKinds.colormap(choice.name());
        }
        double vmin = Params.number(ctx, "vmin");
        double vmax = Params.number(ctx, "vmax");
        if (Double.isNaN(vmin) || Double.isNaN(vmax)) {
            ColorDefaults.Limits l = colors.of(choice.layer());
            vmin = Double.isNaN(vmin) ? l.vmin() : vmin;
            vmax = Double.isNaN(vmax) ? l.vmax() : vmax;
            if (!(vmin < vmax)) {
                vmax = vmin + 1;
            }
        }
        // The relief is not shaded by itself: drawing it is enough.
        boolean shaded = Params.flag(ctx, "hillshade") && !choice.name().equals(ViewSource.HILLSHADE);
        return new TileStyle(choice.name(), colormap, vmin, vmax, shaded, LayerChoice.exaggeration(ctx));
    }

    private static RuntimeException asRuntime(Throwable t) {
        return t instanceof RuntimeException re ? re : new IllegalStateException(t);
    }
}
