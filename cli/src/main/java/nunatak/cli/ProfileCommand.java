package nunatak.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nunatak.InvalidArgumentException;
import nunatak.analysis.SamplingMethod;
import nunatak.array.DataArray;
import nunatak.array.Labels;
import nunatak.engine.Engine;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.source.IoStats;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak profile}: values along a polyline (any direction, vertices in EPSG:3031 or lon/lat, sampled every
 * {@code --step} metres, bilinear or nearest), or the notebook's full-resolution profile along a row or column.
 */
@Command(name = "profile", description = {
        "Values along a line: --line 'x1,y1;x2,y2;...' or a GeoJSON LineString, sampled at distances 0, step, 2 step, "
                + "... along the path (EPSG:3031 metres; lon/lat vertices are projected first, then joined straight). "
                + "Or the notebook's profile along y = Y or x = X (nearest pixel centre, every pixel).",
        "Only the blocks the line passes through are read; the files' nodata reads as NaN along a --line.",
        "Example: nunatak profile 'tiles/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif' --line "
                + "'-1000000,500000;-900000,520000' -o profile.csv --plot profile.png"})
final class ProfileCommand implements Callable<Integer> {
    @Mixin
    AnalysisSource input;

    @Mixin
    FigureOptions figure;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Line line;

    static final class Line {
        @Option(names = "--line", paramLabel = "VERTICES|FILE",
                description = "The path: 'x1,y1;x2,y2;...' or a GeoJSON file holding one LineString.")
        String path;

        @Option(names = "--y", paramLabel = "Y", description = "Profile along x at the row nearest to y = Y (metres).")
        Double y;

        @Option(names = "--x", paramLabel = "X", description = "Profile along y at the column nearest to x = X (metres).")
        Double x;
    }

    @Option(names = "--line-crs", paramLabel = "CRS", defaultValue = "EPSG:3031",
            description = "CRS of --line: EPSG:3031 (metres) or EPSG:4326 (lon,lat; the output adds lon and lat) "
                    + "(default: ${DEFAULT-VALUE}).")
    String lineCrs;

    @Option(names = "--step", paramLabel = "METRES", description = "Distance between samples along --line (default: the pixel size).")
    double step;

    @Mixin
    SamplingOption sampling;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Result file: .csv (distance,x,y[,lon,lat],value) or .json (dims, coords, values).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (line.path == null) {
            return alongAxis();
        }
        Timer timer = new Timer(spec.commandLine().getErr());
        SamplingMethod m = sampling.method();
        Polyline path = polyline();
        MosaicOptions.Opened opened = input.open(spec.commandLine().getErr(), null);
        DataArray dem = opened.array().assignAttrs(figure.labels());
        DataArray lazy = dem.interp(path, step, m);
        timer.lap("open", opened.dataset().layout(input.mosaic.asset).tiles().size() + " tiles; "
                + lazy.size("distance") + " stations along " + km(path.length()));
        checkInside(lazy, dem);
        try (Engine engine = input.engine.start(timer)) {
            DataArray result = lazy.compute(engine, ProgressBars.forTerminal());
            timer.lap("profile", String.format(Locale.ROOT, "%d stations every %s m (%s), %s, %s", result.size("distance"),
                    Labels.plain(result.size("distance") > 1 ? result.coord("distance")[1] : step),
                    m.name().toLowerCase(Locale.ROOT), engine.name(), AnalysisInput.io(result.job())));
            Outputs.write(result, output);
            timer.lap("write", output.toString());
            figure.draw(result, String.format(Locale.ROOT, "profile along a line of %d vertices, %s (%s)",
                    path.vertexCount(), km(path.length()), m.name().toLowerCase(Locale.ROOT)), figure.plot);
            if (figure.plot != null) {
                timer.lap("plot", figure.plot.toString());
            }
        }
        return 0;
    }

    private Polyline polyline() {
        Crs crs = Crs.parse(lineCrs);
        String p = line.path.trim();
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".geojson") || lower.endsWith(".json") || (!p.contains(",") && Files.exists(Path.of(p)))) {
            return Polyline.of(GeoJsonReader.read(Path.of(p), crs), p, crs.isLonLat());
        }
        return Polyline.parse(p, crs);
    }

    /** A line wholly outside the mosaic is an error; one partly outside gets a warning (those stations are NaN). */
    private void checkInside(DataArray lazy, DataArray dem) {
        double[] bounds = AnalysisInput.bounds(dem);
        double[] x = lazy.coord("x");
        double[] y = lazy.coord("y");
        int outside = 0;
        for (int i = 0; i < x.length; i++) {
            outside += AnalysisInput.inside(bounds, x[i], y[i]) ? 0 : 1;
        }
        if (outside == x.length) {
            throw new InvalidArgumentException("the line lies outside the mosaic (" + AnalysisInput.describeBounds(dem)
                    + "): no station falls on it; check the vertices and --line-crs (now " + lineCrs + ")");
        }
        if (outside > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "warning: %d of %d stations lie outside the mosaic (%s); "
                    + "their values are NaN%n", outside, x.length, AnalysisInput.describeBounds(dem));
            spec.commandLine().getErr().flush();
        }
    }

    private static String km(double metres) {
        return String.format(Locale.ROOT, "%.3f km", metres / 1000);
    }

    /** The notebook's profile: every pixel of the row (or column) nearest to y = Y (x = X). */
    private int alongAxis() {
        for (String lineOnly : new String[] {"--step", "--method", "--line-crs"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(lineOnly)) {
                throw new InvalidArgumentException(lineOnly + " applies to --line; --y and --x take every pixel "
                        + "of the nearest row or column");
            }
        }
        Timer timer = new Timer(spec.commandLine().getErr());
        long bytes0 = IoStats.bytes();
        MosaicOptions.Opened opened = input.argument.applyTo(input.mosaic)
                .open(input.source.toOptions(), spec.commandLine().getErr());
        DataArray dem = opened.array().assignAttrs(figure.labels());
        timer.lap("open", opened.dataset().layout(input.mosaic.asset).tiles().size() + " tiles");
        String dim = line.y != null ? "y" : "x";
        double at = line.y != null ? line.y : line.x;
        double[] c = dem.coord(dim);
        double lo = Math.min(c[0], c[c.length - 1]);
        double hi = Math.max(c[0], c[c.length - 1]);
        if (at < lo - Math.abs(c[1] - c[0]) || at > hi + Math.abs(c[1] - c[0])) {
            throw new InvalidArgumentException(dim + " = " + at + " is outside the mosaic (" + dim + " from " + lo
                    + " to " + hi + ")");
        }
        DataArray lazy = dem.sel(dim, at, DataArray.Method.NEAREST);
        try (Engine engine = input.engine.start(timer)) {
            ProgressBars progress = ProgressBars.forTerminal();
            DataArray result = lazy.compute(engine, progress);
            timer.lap("profile", String.format("%s = %s, %d points, %s, %.1f MiB read", dim,
                    result.coord(dim)[0], result.shape()[0], engine.name(),
                    Math.max(IoStats.bytes() - bytes0, progress.bytesRead()) / 1048576.0));
            Outputs.write(result, output);
            timer.lap("write", output.toString());
            if (figure.plot != null) {
                figure.draw(result, "profile along " + dim + " = " + Outputs.metres(result.coord(dim)[0]), figure.plot);
                timer.lap("plot", figure.plot.toString());
            }
        }
        return 0;
    }
}
