package nunatak.viewer;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.geom.Epsg3031;
import nunatak.plot.Colormap;

/**
 * What the page needs to start: what the source is ({@code /api/info}), colour maps and each layer's colour limits,
 * and the progress of long requests ({@link AnalysisRoutes} answers the analyses).
 */
final class ApiRoutes {
    private final ViewSource source;
    private final ColorDefaults colors;
    private final ProgressBoard progress;

    ApiRoutes(ViewSource source, ColorDefaults colors, ProgressBoard progress) {
        this.source = source;
        this.colors = colors;
        this.progress = progress;
    }

    void info(Context ctx) {
        RasterLayer primary = source.primary();
        LevelGrid full = primary.levels().get(0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", source.description());
        out.put("crs", "EPSG:3031");
        out.put("proj4", Epsg3031.PROJ);
        out.put("shape", List.of(full.height(), full.width()));
        out.put("bounds", Json.numbers(full.bounds()));
        out.put("res", List.of(full.resX(), full.resY()));
        List<Map<String, Object>> layers = new ArrayList<>();
        for (String name : source.layerNames()) {
            layers.add(Json.object("name", name, "kind", "data", "units", LayerKinds.units(name),
                    "long_name", LayerKinds.longName(name), "colormap", LayerKinds.colormap(name)));
            if (layers.size() == 1) {
                layers.add(Json.object("name", ViewSource.HILLSHADE, "kind", "relief", "units", "",
                        "long_name", "relief of " + name + " (gdaldem hillshade, light from the north-west at 45°)",
                        "colormap", LayerKinds.colormap(ViewSource.HILLSHADE)));
            }
        }
        out.put("layers", layers);
        List<Map<String, Object>> levels = new ArrayList<>();
        for (LevelGrid g : primary.levels()) {
            levels.add(Json.object("level", g.level(), "res", List.of(g.resX(), g.resY()),
                    "shape", List.of(g.height(), g.width())));
        }
        out.put("levels", levels);
        out.put("tile_grid", tileGrid(maxZoom()));
        out.put("colormaps", Colormap.names());
        ctx.json(out);
    }

    int maxZoom() {
        LevelGrid full = source.primary().levels().get(0);
        return PolarTileGrid.maxZoom(Math.min(full.resX(), full.resY()));
    }

    private static Map<String, Object> tileGrid(int maxZoom) {
        List<Double> res = new ArrayList<>();
        for (int z = 0; z <= maxZoom; z++) {
            res.add(PolarTileGrid.resolution(z));
        }
        return Json.object("origin", List.of(PolarTileGrid.ORIGIN_X, PolarTileGrid.ORIGIN_Y),
                "tile_size", PolarTileGrid.TILE_SIZE, "resolutions", res, "min_zoom", 0, "max_zoom", maxZoom,
                "url", "/tiles/{z}/{x}/{y}.png");
    }

    void colormaps(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : Colormap.names()) {
            Colormap c = Colormap.named(name);
            List<String> hex = new ArrayList<>(Colormap.SIZE);
            for (int i = 0; i < Colormap.SIZE; i++) {
                hex.add(String.format("#%06x", c.entry(i) & 0xFFFFFF));
            }
            out.put(name, hex);
        }
        ctx.header("Cache-Control", "max-age=3600").json(out);
    }

    void stats(Context ctx) {
        LayerChoice choice = LayerChoice.of(source, ctx);
        ColorDefaults.Limits l = AnalysisRoutes.upstream("colour limits of layer " + choice.name(),
                () -> colors.of(choice.layer()));
        ctx.json(Json.object("layer", choice.name(), "vmin", Json.number(l.vmin()), "vmax", Json.number(l.vmax()),
                "min", Json.number(l.min()), "max", Json.number(l.max()), "units", choice.layer().units()));
    }

    void progress(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ProgressBoard.usable(id)) {
            throw new HttpProblem(400, "progress id " + Params.abbreviate(id) + ": expected 1 to 64 letters, digits,"
                    + " '-' or '_', as sent in the request's X-Request-Id header");
        }
        ctx.json(progress.state(id));
    }
}
