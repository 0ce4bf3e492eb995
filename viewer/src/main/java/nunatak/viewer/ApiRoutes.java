package nunatak.viewer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.plot.Colormap;

/**
 * The JSON API: what the source is ({@code /api/info}), colour maps and limits, the value at a point, profiles
 * along lines and statistics in polygons, and the progress of the long ones. Analyses run a few at a time; more
 * are refused with 503 rather than queued without bound.
 */
final class ApiRoutes {
    static final String PROJ4_3031 = "+proj=stere +lat_0=-90 +lat_ts=-71 +lon_0=0 +k=1 +x_0=0 +y_0=0 +datum=WGS84 "
            + "+units=m +no_defs";

    private final ViewSource source;
    private final Analyses analyses;
    private final ColorDefaults colors;
    private final ProgressBoard progress = new ProgressBoard();
    private final Semaphore analysisSlots;
    private final ObjectMapper json = new ObjectMapper();

    ApiRoutes(ViewSource source, Analyses analyses, ColorDefaults colors, int concurrentAnalyses) {
        this.source = source;
        this.analyses = analyses;
        this.colors = colors;
        this.analysisSlots = new Semaphore(concurrentAnalyses);
    }

    void info(Context ctx) {
        RasterLayer primary = source.layer(source.layerNames().get(0));
        LevelGrid full = primary.levels().get(0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", source.description());
        out.put("crs", "EPSG:" + source.epsg());
        out.put("proj4", PROJ4_3031);
        out.put("shape", List.of(full.height(), full.width()));
        out.put("bounds", Json.numbers(full.bounds()));
        out.put("res", List.of(full.resX(), full.resY()));
        List<Map<String, Object>> layers = new ArrayList<>();
        for (String name : source.layerNames()) {
            RasterLayer l = source.layer(name);
            layers.add(Json.object("name", name, "kind", "data", "units", l.units(), "long_name", l.longName(),
                    "colormap", LayerKinds.colormap(name)));
            if (layers.size() == 1 && !source.layerNames().contains(LayerChoice.HILLSHADE)) {
                layers.add(Json.object("name", LayerChoice.HILLSHADE, "kind", "relief", "units", "",
                        "long_name", "relief of " + name + ", lit from the north-west at 45°", "colormap", "gray"));
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
        LevelGrid full = source.layer(source.layerNames().get(0)).levels().get(0);
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
        if (choice.reliefOnly()) {
            ctx.json(Json.object("layer", choice.name(), "vmin", 0.0, "vmax", 1.0, "min", 0.0, "max", 1.0, "units", ""));
            return;
        }
        ColorDefaults.Limits l = upstream("colour limits of layer " + choice.name(), () -> colors.of(choice.data()));
        ctx.json(Json.object("layer", choice.name(), "vmin", Json.number(l.vmin()), "vmax", Json.number(l.vmax()),
                "min", Json.number(l.min()), "max", Json.number(l.max()), "units", choice.data().units()));
    }

    void point(Context ctx) {
        LayerChoice choice = LayerChoice.of(source, ctx);
        double x = Params.number(ctx, "x");
        double y = Params.number(ctx, "y");
        double lon = Params.number(ctx, "lon");
        double lat = Params.number(ctx, "lat");
        boolean projected = !Double.isNaN(x) && !Double.isNaN(y) && Double.isNaN(lon) && Double.isNaN(lat);
        boolean geographic = Double.isNaN(x) && Double.isNaN(y) && !Double.isNaN(lon) && !Double.isNaN(lat);
        if (!projected && !geographic) {
            throw new HttpProblem(400, "give the point as x=&y= (EPSG:3031 metres) or as lon=&lat= (degrees)");
        }
        if (geographic) {
            double[] xy = analyses.projection().fromLonLat(lon, lat);
            x = xy[0];
            y = xy[1];
        } else {
            double[] ll = analyses.projection().toLonLat(x, y);
            lon = ll[0];
            lat = ll[1];
        }
        RasterLayer layer = choice.data();
        LevelGrid g = layer.levels().get(0);
        int row = g.rowOf(y);
        int col = g.colOf(x);
        Map<String, Object> out = Json.object("layer", layer.name(), "units", layer.units(), "x", x, "y", y,
                "lon", lon, "lat", lat, "inside", g.contains(row, col));
        if (g.contains(row, col)) {
            double v = upstream("pixel (" + row + ", " + col + ") of layer " + layer.name(),
                    () -> layer.read(0, new PixelWindow(row, col, 1, 1))[0]);
            out.put("row", row);
            out.put("col", col);
            out.put("pixel_x", g.xOf(col));
            out.put("pixel_y", g.yOf(row));
            out.put("value", Json.number(v));
        } else {
            out.put("value", null);
        }
        ctx.json(out);
    }

    void profile(Context ctx) {
        JsonNode body = body(ctx);
        LayerChoice choice = LayerChoice.of(source, ctx);
        Polyline line = GeoJsonShapes.line(body);
        double step = Params.number(ctx, "step");
        if (Double.isNaN(step)) {
            step = GeoJsonShapes.step(body);
        }
        if (Double.isNaN(step)) {
            step = choice.data().levels().get(0).resX();
        }
        double s = step;
        Progress p = progress.track(ctx.header("X-Request-Id"));
        LineProfile profile = analysis("profile of layer " + choice.data().name(),
                () -> analyses.profiler().profile(choice.data(), line, s, p));
        double[] lon = new double[profile.size()];
        double[] lat = new double[profile.size()];
        for (int k = 0; k < lon.length; k++) {
            double[] ll = analyses.projection().toLonLat(profile.x()[k], profile.y()[k]);
            lon[k] = ll[0];
            lat[k] = ll[1];
        }
        Map<String, Object> out = Json.object("layer", choice.data().name(), "units", choice.data().units(),
                "method", "bilinear", "step", profile.step(), "length", profile.length(), "count", profile.size());
        out.put("distance", Json.numbers(profile.distance()));
        out.put("x", Json.numbers(profile.x()));
        out.put("y", Json.numbers(profile.y()));
        out.put("lon", Json.numbers(lon));
        out.put("lat", Json.numbers(lat));
        out.put("value", Json.numbers(profile.value()));
        ctx.json(out);
    }

    void zonal(Context ctx) {
        JsonNode body = body(ctx);
        LayerChoice choice = LayerChoice.of(source, ctx);
        PolygonArea area = GeoJsonShapes.polygon(body);
        Progress p = progress.track(ctx.header("X-Request-Id"));
        ZonalSummary s = analysis("zonal statistics of layer " + choice.data().name(),
                () -> analyses.zonal().summarize(choice.data(), area, p));
        ctx.json(Json.object("layer", choice.data().name(), "units", choice.data().units(), "count", s.count(),
                "pixels", s.pixels(), "area_km2", s.areaKm2(), "mean", Json.number(s.mean()),
                "min", Json.number(s.min()), "max", Json.number(s.max()), "std", Json.number(s.std())));
    }

    void progress(Context ctx) {
        Map<String, Long> state = progress.state(ctx.pathParam("id"));
        if (state == null) {
            throw new HttpProblem(404, "no request with id " + Params.abbreviate(ctx.pathParam("id"))
                    + " is known (ids are kept for the latest " + ProgressBoard.CAPACITY + " requests)");
        }
        ctx.json(state);
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json") && !type.startsWith("application/geo+json")) {
            throw new HttpProblem(415, "send the GeoJSON with Content-Type: application/json (got "
                    + (type.isEmpty() ? "none" : Params.abbreviate(type)) + ")");
        }
        try {
            return json.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new HttpProblem(400, "the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Runs an analysis in one of the few slots; failures to read become 502 naming what was computed. */
    private <T> T analysis(String what, Supplier<T> work) {
        if (!analysisSlots.tryAcquire()) {
            throw new HttpProblem(503, "the viewer is already computing " + (analysisSlots.availablePermits() == 0
                    ? "as many analyses as it runs at once" : "other analyses") + "; ask again when they finish");
        }
        try {
            return upstream(what, work);
        } finally {
            analysisSlots.release();
        }
    }

    private static <T> T upstream(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidArgumentException | HttpProblem e) {
            throw e;
        } catch (NunatakException e) {
            throw new HttpProblem(502, what + " could not be read: " + e.getMessage(), e);
        }
    }
}
