package nunatak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import nunatak.array.ArrayCsv;
import nunatak.array.ArrayJson;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.Labels;
import nunatak.engine.Engine;
import nunatak.plot.ArrayFigures;
import nunatak.plot.Hillshade;
import nunatak.plot.PlotOptions;
import nunatak.plot.Plots;

/**
 * The Pangeo notebook's steps in one session, each timed like a notebook cell: a preview from the COGs'
 * overviews, {@code where(da > mask).coarsen(factor).mean().persist()}, and the full-resolution profile at
 * {@code y}. Results go to {@code out} (map.json, profile.csv, and map.png / profile.png when asked).
 */
final class NotebookSession {

    /** What to compute and where to put it; {@code previewLevel} -1 skips the preview. */
    record Settings(double mask, int factor, double y, int previewLevel, boolean figures, String title, Path out) {
    }

    private final Timer timer;
    private final PrintWriter say;
    private final Engine engine;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    NotebookSession(Timer timer, PrintWriter say, Engine engine) {
        this.timer = timer;
        this.say = say;
        this.engine = engine;
    }

    /**
     * Runs the steps on {@code dem}; {@code atLevel} opens the same mosaic at an overview level for the preview.
     * Returns each step's seconds by name.
     */
    Map<String, Double> run(IntFunction<DataArray> atLevel, DataArray dem, Settings s) {
        DataArray masked = dem.where(Condition.gt(s.mask()));
        // the coarsen decodes every block, the profile's too: announced, those stay decoded for the profile
        DataArray profileAhead = masked.sel("y", s.y(), DataArray.Method.NEAREST).expectLater();
        if (s.previewLevel() >= 0) {
            say.println(">>> a preview of the whole mosaic from overview level " + s.previewLevel());
            say.flush();
            DataArray preview = atLevel.apply(s.previewLevel()).where(Condition.gt(s.mask())).compute(engine);
            lap("preview", preview.size("y") + " x " + preview.size("x") + " px from the overviews");
        }
        say.println(">>> da.where(da > " + Labels.plain(s.mask()) + ").coarsen(y=" + s.factor() + ", x=" + s.factor()
                + ", boundary=\"trim\").mean().persist()");
        say.flush();
        DataArray map = masked.coarsen(Map.of("y", s.factor(), "x", s.factor()), Boundary.TRIM).mean()
                .persist(engine, ProgressBars.forTerminal());
        lap("coarsen", map.size("y") + " x " + map.size("x") + " cells, " + engine.name() + ", " + AnalysisInput.io(map.job()));
        ArrayJson.write(map, s.out().resolve("map.json"));
        lap("map.json", s.out().resolve("map.json").toString()); // its own step: the profile's time is the profile's
        if (s.figures()) {
            Path png = s.out().resolve("map.png");
            Plots.saveMap(ArrayFigures.map(map).withTitle(s.title() + ", coarsened " + s.factor() + " x " + s.factor()
                    + " (mean)"), PlotOptions.defaults().withHillshade(Hillshade.standard()), png);
            lap("map.png", png.toString());
        }
        say.println(">>> da.sel(y=" + Labels.plain(s.y()) + ", method=\"nearest\")");
        say.flush();
        DataArray profile = profileAhead.compute(engine, ProgressBars.forTerminal());
        String at = Outputs.metres(profile.coord("y")[0]);
        lap("profile", profile.size("x") + " points at y = " + at + ", " + AnalysisInput.io(profile.job()));
        Path csv = s.out().resolve("profile.csv");
        ArrayCsv.write(profile, csv);
        if (s.figures()) {
            Path png = s.out().resolve("profile.png");
            Plots.saveProfile(ArrayFigures.profile(profile).withTitle("profile along y = " + at),
                    PlotOptions.defaults(), png);
            lap("profile.png", png + ", " + csv);
        }
        return seconds;
    }

    private void lap(String step, String detail) {
        seconds.put(step, timer.lap(step, detail));
    }

    /** The deepest overview level whose tiles are still at least 256 pixels wide: a preview in a fraction of a second. */
    static int previewLevel(nunatak.mosaic.MosaicLayout layout) {
        nunatak.mosaic.MosaicTile t = layout.tiles().stream().filter(nunatak.mosaic.MosaicTile::present).findFirst()
                .orElseThrow();
        nunatak.tiff.GeoTiff tif = nunatak.tiff.GeoTiffCache.open(t.uri(), layout.options());
        int level = 0;
        for (int k = 1; k < tif.levels().size(); k++) {
            if (tif.level(k).width() >= 256) {
                level = k;
            }
        }
        return level;
    }
}
