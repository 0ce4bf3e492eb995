package nunatak.viewer;

import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntSupplier;

/**
 * {@code GET /tiles/{z}/{x}/{y}.png?layer=&colormap=&vmin=&vmax=&hillshade=&exaggeration=}: a tile of the
 * EPSG:3031 grid ({@link PolarTileGrid}); colour limits default to the layer's robust range, the colour map to the
 * layer's own. Tiles never change while the server runs, so the browser may keep them.
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
        TileStyle style = style(ctx);
        CompletableFuture<byte[]> drawn = tiles.tile(source.layer(style.layer()), style, z, x, y);
        ctx.future(() -> drawn.handle((png, err) -> {
            if (err != null) {
                throw err instanceof CompletionException ce && ce.getCause() != null ? asRuntime(ce.getCause())
                        : asRuntime(err);
            }
            ctx.contentType("image/png").header("Cache-Control", "private, max-age=3600").result(png);
            return png;
        }));
    }

    private TileStyle style(Context ctx) {
        LayerChoice choice = LayerChoice.of(source, ctx);
        String colormap = ctx.queryParam("colormap");
        if (colormap == null || colormap.isEmpty()) {
            colormap = LayerKinds.colormap(choice.data().name());
        }
        double vmin = Params.number(ctx, "vmin");
        double vmax = Params.number(ctx, "vmax");
        if (!choice.reliefOnly() && (Double.isNaN(vmin) || Double.isNaN(vmax))) {
            ColorDefaults.Limits l = colors.of(choice.data());
            vmin = Double.isNaN(vmin) ? l.vmin() : vmin;
            vmax = Double.isNaN(vmax) ? l.vmax() : vmax;
            if (!(vmin < vmax)) {
                vmax = vmin + 1;
            }
        }
        if (choice.reliefOnly()) {
            vmin = 0;
            vmax = 1;
        }
        double exaggeration = Params.number(ctx, "exaggeration");
        return new TileStyle(choice.data().name(), choice.reliefOnly(), colormap, vmin, vmax,
                Params.flag(ctx, "hillshade"), Double.isNaN(exaggeration) ? 1 : exaggeration);
    }

    private static RuntimeException asRuntime(Throwable t) {
        return t instanceof RuntimeException re ? re : new IllegalStateException(t);
    }
}
