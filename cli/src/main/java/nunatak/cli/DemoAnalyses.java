package nunatak.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nunatak.NunatakException;
import nunatak.analysis.SamplingMethod;
import nunatak.array.ArrayCsv;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.ZonalStatistics;
import nunatak.array.Zones;
import nunatak.engine.Engine;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.plot.ArrayFigures;
import nunatak.plot.PlotOptions;
import nunatak.plot.Plots;

/**
 * The demo's steps beyond the notebook, on the sample mosaic (rows 40..37 x cols 20..23): a profile along a line from
 * the western lowlands across the ranges to the eastern plateau, and the statistics and hypsometry of two basins,
 * one in the lowlands and one in the highlands. The basins are written as GeoJSON so {@code nunatak zonal} can be
 * tried on them.
 */
final class DemoAnalyses {
    /** Three vertices in EPSG:3031 metres, clear of the missing tile 38_21. */
    static final String LINE = "-1080000,900000;-880000,850000;-720000,640000";
    static final String BASINS = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"name": "western lowlands"}, "geometry": {"type": "Polygon", "coordinates":
              [[[-1090000, 610000], [-1010000, 620000], [-985000, 690000], [-1040000, 740000], [-1095000, 700000],
                [-1090000, 610000]]]}},
             {"type": "Feature", "properties": {"name": "eastern highlands"}, "geometry": {"type": "Polygon", "coordinates":
              [[[-860000, 870000], [-760000, 860000], [-720000, 950000], [-790000, 990000], [-870000, 960000],
                [-860000, 870000]]]}}
            ]}
            """;

    private DemoAnalyses() {
    }

    /** Runs both on {@code dem} (masked to values > 0 as the notebook does), writing into {@code out}. */
    static void run(DataArray dem, Engine engine, Timer timer, PrintWriter say, Path out) {
        DataArray masked = dem.where(Condition.gt(0));
        say.println(">>> da.where(da > 0) along the line " + LINE + " (EPSG:3031), every pixel width, bilinear");
        say.flush();
        Polyline line = Polyline.parse(LINE, Crs.EPSG_3031);
        DataArray profile = masked.interp(line, 0, SamplingMethod.BILINEAR).compute(engine, ProgressBars.forTerminal());
        ArrayCsv.write(profile, out.resolve("profile_line.csv"));
        Plots.saveProfile(ArrayFigures.profile(profile).withTitle(String.format(Locale.ROOT,
                "profile across the ranges, %.0f km", line.length() / 1000)), PlotOptions.defaults(),
                out.resolve("profile_line.png"));
        timer.lap("profile_line", profile.size("distance") + " stations, " + AnalysisInput.io(profile.job()) + ", "
                + out.resolve("profile_line.png"));

        Path basins = out.resolve("basins.geojson");
        try {
            Files.writeString(basins, BASINS);
        } catch (IOException e) {
            throw new NunatakException(basins + ": cannot be written: " + e.getMessage(), e);
        }
        say.println(">>> statistics of the two basins in " + basins + " (pixel centres inside, 100 m hypsometry)");
        say.flush();
        Zones zones = Zones.of(GeoJsonReader.read(basins, Crs.EPSG_3031), "name", 100.0);
        ZonalStatistics stats = masked.zonal(zones, engine, ProgressBars.forTerminal());
        ZonalCommand.print(stats, say);
        stats.zones().forEach(z -> say.printf(Locale.ROOT, "  %s: most of its area lies at %s m%n", z.id(),
                modalBin(z.hypsometry())));
        timer.lap("zonal", stats.zones().size() + " basins, " + AnalysisInput.io(stats.job()));
    }

    /** "1200..1300", the bin holding the most values. */
    private static String modalBin(nunatak.analysis.Hypsometry h) {
        long[] counts = h.counts();
        if (counts.length == 0) {
            return "(no data)";
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        double lower = h.lowerBounds()[best];
        return String.format(Locale.ROOT, "%.0f..%.0f", lower, lower + h.binWidth());
    }
}
