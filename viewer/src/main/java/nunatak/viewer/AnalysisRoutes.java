package nunatak.viewer;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.analysis.SamplingMethod;
import nunatak.array.DataArray;
import nunatak.array.ZoneStats;
import nunatak.array.Zones;
import nunatak.engine.Engine;
import nunatak.engine.ProgressListener;
import nunatak.geom.Epsg3031;
import nunatak.geom.LineStations;
import nunatak.geom.LonLat;
import nunatak.geom.Polyline;
import nunatak.geom.XY;
import org.locationtech.jts.geom.Envelope;

/**
 * The value at a point ({@code DataArray.at}, nearest), the profile along a line ({@code DataArray.interp},
 * bilinear: what {@code nunatak profile --line … --method bilinear} computes) and the statistics in a polygon
 * ({@code DataArray.zonal}: {@code nunatak zonal}), on a layer's full-resolution array, with lon/lat through
 * {@link Epsg3031}. Profiles and statistics run a few at a time; more are refused with 503 rather than queued without
 * bound, and so are ones larger than the batch commands are for.
 */
final class AnalysisRoutes {
    /** Stations beyond which a profile is for {@code nunatak profile}. */
    static final long MAX_STATIONS = 2_000_000;
    /** Pixels of a polygon's bounding box beyond which its statistics are for {@code nunatak zonal}. */
    static final long MAX_ZONE_PIXELS = 1L << 31;

    private final ViewSource source;
    private final Engine engine;
    private final ProgressBoard progress;
    private final Semaphore slots;

    AnalysisRoutes(ViewSource source, Engine engine, ProgressBoard progress, int concurrentAnalyses) {
        this.source = source;
        this.engine = engine;
        this.progress = progress;
        this.slots = new Semaphore(concurrentAnalyses);
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
            XY p = Epsg3031.toPolar(lon, lat);
            x = p.x();
            y = p.y();
        } else {
            LonLat p = Epsg3031.toLonLat(x, y);
            lon = p.lon();
            lat = p.lat();
        }
        RasterLayer layer = choice.layer();
        LevelGrid g = layer.levels().get(0);
        int row = g.rowOf(y);
        int col = g.colOf(x);
        boolean inside = g.contains(row, col);
        Map<String, Object> out = Json.object("layer", choice.name(), "units", layer.units(), "x", x, "y", y,
                "lon", lon, "lat", lat, "inside", inside);
        if (inside) {
            double[] px = {x};
            double[] py = {y};
            double v = upstream("pixel (" + row + ", " + col + ") of layer " + choice.name(),
                    () -> layer.array(0).at(px, py, SamplingMethod.NEAREST).compute(engine).toDoubleArray()[0]);
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
        PostedGeoJson body = PostedGeoJson.of(ctx);
        LayerChoice choice = LayerChoice.of(source, ctx);
        Polyline line = body.line();
        double step = Params.number(ctx, "step");
        if (Double.isNaN(step)) {
            step = body.step();
        }
        if (Double.isNaN(step)) {
            step = choice.layer().levels().get(0).resX();
        }
        long stations = new LineStations(line, step).count();
        if (stations > MAX_STATIONS) {
            throw new InvalidArgumentException("a profile of " + line.length() + " m every " + step + " m has "
                    + stations + " stations; the viewer draws at most " + MAX_STATIONS + ": give a larger step, or "
                    + "use nunatak profile --line for the full line");
        }
        double s = step;
        ProgressListener p = progress.track(ctx.header("X-Request-Id"));
        DataArray profile = analysis("profile of layer " + choice.name(),
                () -> choice.layer().array(0).interp(line, s, SamplingMethod.BILINEAR).compute(engine, p));
        double[] x = profile.coord("x");
        double[] y = profile.coord("y");
        double[] lon = x.clone();
        double[] lat = y.clone();
        Epsg3031.toLonLatInPlace(lon, lat);
        Map<String, Object> out = Json.object("layer", choice.name(), "units", choice.layer().units(),
                "method", "bilinear", "step", step, "length", line.length(), "count", x.length);
        out.put("distance", Json.numbers(profile.coord("distance")));
        out.put("x", Json.numbers(x));
        out.put("y", Json.numbers(y));
        out.put("lon", Json.numbers(lon));
        out.put("lat", Json.numbers(lat));
        out.put("value", Json.numbers(profile.toDoubleArray()));
        ctx.json(out);
    }

    void zonal(Context ctx) {
        PostedGeoJson body = PostedGeoJson.of(ctx);
        LayerChoice choice = LayerChoice.of(source, ctx);
        Zones zone = body.zone();
        LevelGrid g = choice.layer().levels().get(0);
        Envelope e = zone.zones().get(0).geometry().getEnvelopeInternal();
        PixelWindow box = PixelWindow.spanning(g.rowOf(e.getMaxY()), g.colOf(e.getMinX()), g.rowOf(e.getMinY()),
                g.colOf(e.getMaxX())).clip(g.all());
        if (box.pixels() > MAX_ZONE_PIXELS) {
            throw new InvalidArgumentException("the polygon's bounding box holds " + box.pixels() + " pixels at full "
                    + "resolution; the viewer summarizes at most " + MAX_ZONE_PIXELS + ": draw a smaller polygon, or "
                    + "use nunatak zonal");
        }
        ProgressListener p = progress.track(ctx.header("X-Request-Id"));
        ZoneStats s = analysis("zonal statistics of layer " + choice.name(),
                () -> choice.layer().array(0).zonal(zone, engine, p).zones().get(0));
        ctx.json(Json.object("layer", choice.name(), "units", choice.layer().units(), "count", s.count(),
                "area_km2", s.areaKm2(), "mean", Json.number(s.mean()), "min", Json.number(s.min()),
                "max", Json.number(s.max()), "std", Json.number(s.std())));
    }

    /** Runs an analysis in one of the few slots; failures to read become 502 naming what was computed. */
    private <T> T analysis(String what, Supplier<T> work) {
        if (!slots.tryAcquire()) {
            throw new HttpProblem(503, "the viewer is already computing as many analyses as it runs at once; ask "
                    + "again when they finish");
        }
        try {
            return upstream(what, work);
        } finally {
            slots.release();
        }
    }

    /** Reading failures (not the request's fault) become 502 naming what was being read. */
    static <T> T upstream(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidArgumentException | HttpProblem e) {
            throw e;
        } catch (NunatakException e) {
            throw new HttpProblem(502, what + " could not be read: " + e.getMessage(), e);
        }
    }
}
