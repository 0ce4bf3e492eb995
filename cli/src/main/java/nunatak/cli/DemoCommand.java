package nunatak.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nunatak.InvalidArgumentException;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.Mosaic;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicSpec;
import nunatak.mosaic.RemaGrid;
import nunatak.sample.SampleMosaic;
import nunatak.sample.SampleOptions;
import nunatak.sample.SampleResult;
import nunatak.sample.TileIndex;
import nunatak.serve.RangeFileServer;
import nunatak.source.SourceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak demo}: the Pangeo REMA notebook end to end, with no cloud and no cluster. Generates (once) a
 * REMA-layout sample mosaic, serves it over HTTP on 127.0.0.1 so the real range-read path runs, then opens rows
 * 40..37 x cols 20..23 lazily, masks values <= 0, coarsens by 100 into map.png and extracts the profile at
 * y = 750000 m into profile.png and profile.csv, timing each step; then goes beyond the notebook with a profile along
 * a line across the ranges (profile_line.png and .csv) and the statistics of two basins. {@code --product rema-v2}
 * runs the notebook on REMA v2's layout through its STAC catalog ({@link RemaV2Demo}).
 */
@Command(name = "demo", description = "Run the Pangeo REMA notebook end to end on a locally generated sample mosaic.")
final class DemoCommand implements Callable<Integer> {
    static final int DEFAULT_RES = 32;

    @Option(names = "--product", paramLabel = "P", defaultValue = "rema-v1",
            description = "rema-v1 (the notebook's 100 km tiles, opened by a template) or rema-v2 (REMA v2's real tile "
                    + "layout with buffers and partial tiles, opened through its STAC catalog) (default: ${DEFAULT-VALUE}).")
    String product;

    @Option(names = "--res", paramLabel = "M", description = "Pixel size of the sample in metres; 8 is REMA's full scale "
            + "(default: ${DEFAULT-VALUE}, about a minute on 2 cores); rema-v2: 32, 10 or 2.")
    int res = DEFAULT_RES;

    @Mixin
    RemaV2Demo v2;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where the sample is kept between runs "
            + "(default: $XDG_CACHE_HOME/nunatak or ~/.cache/nunatak).")
    Path cache;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "nunatak-demo",
            description = "Where map.png, profile.png, profile.csv, profile_line.png/.csv and basins.geojson go "
                    + "(default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the synthetic terrain.")
    long seed;

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter say = spec.commandLine().getOut();
        Timer timer = new Timer(say); // timings belong to the story, in order
        Files.createDirectories(out);
        switch (product) {
            case "rema-v2" -> {
                v2.run(res, seed, cacheDir(), out, engineOptions, timer, say);
                return 0;
            }
            case "rema-v1" -> {
                if (spec.commandLine().getParseResult().hasMatchedOption("--rows")
                        || spec.commandLine().getParseResult().hasMatchedOption("--cols")) {
                    throw new InvalidArgumentException("--rows and --cols choose the cells of --product rema-v2; the "
                            + "rema-v1 demo runs the notebook's rows 40:37 x cols 20:23");
                }
            }
            default -> throw new InvalidArgumentException("--product " + product + " does not exist; use rema-v1 or "
                    + "rema-v2");
        }
        Path root = cacheDir().resolve("rema-sample-" + res + "m-seed" + seed);
        say.println("nunatak demo: the Pangeo REMA notebook on a synthetic REMA mosaic at " + res + " m");
        say.println("  (rows 40..37 x cols 20..23, tile 38_21 missing as in the real bucket's gaps; cached in "
                + root + ")");
        say.flush();
        SampleResult sample;
        try (SampleProgressBar bar = SampleProgressBar.forTerminal(RemaGrid.pixelsPerTile(res), false)) {
            sample = SampleMosaic.generate(SampleOptions.defaults(root).withRes(res).withSeed(seed)
                    .withMissing(Set.of(new TileIndex(38, 21))), bar);
        }
        timer.lap("sample", sample.written().size() + " tiles written, " + sample.reused().size() + " reused");
        try (RangeFileServer server = RangeFileServer.serve(sample.root())) {
            String template = server.baseUrl() + "/" + sample.template();
            say.println("\nserving the tiles at " + server.baseUrl() + "/ (HTTP range requests, like gs://pangeo-pgc)");
            MosaicSpec mosaicSpec = MosaicSpec.of(template).withRows(IndexRange.parse("40:37").indices())
                    .withCols(IndexRange.parse("20:23").indices()).withOptions(SourceOptions.DEFAULT);
            MosaicLayout layout = Mosaic.open(mosaicSpec);
            DataArray dem = DataArray.open(layout, 0).rename("elevation");
            timer.lap("open", layout.tiles().size() + " tile headers, no pixels");
            say.println("warning: " + Mosaic.missingWarning(layout));
            say.println("\n>>> da = open rows 40..37 x cols 20..23 as one lazy array\n" + dem + "\n");
            say.flush();
            DataArray labelled = dem.assignAttrs(Map.of("long_name", "surface elevation", "units", "m"));
            Engine engine = engineOptions.start(timer);
            try {
                new NotebookSession(timer, say, engine).run(l -> DataArray.open(Mosaic.open(mosaicSpec.withOverview(l)), 0),
                        labelled, new NotebookSession.Settings(0, 100, 750000, -1, true,
                                "REMA-like sample at " + res + " m", out));
                say.println();
                DemoAnalyses.run(labelled, engine, timer, say, out);
            } finally {
                engine.close();
            }
        }
        say.println();
        say.println("Next: the same on the real REMA (public bucket, no account needed; 16 tiles of 12500 x 12500 px):");
        say.println("  ./nunatak coarsen --preset rema-v1-8m --rows 40:37 --cols 20:23 --factor 100 --mask-gt 0 \\");
        say.println("      -o map.json --plot map.png");
        say.println("  ./nunatak profile --preset rema-v1-8m --rows 40:37 --cols 20:23 --y 750000 --mask-gt 0 \\");
        say.println("      -o profile.csv --plot profile.png");
        String tiles = "'" + sample.root() + "/" + sample.template() + "'";
        say.println("Beyond the notebook, on any mosaic (here the sample's tiles):");
        say.println("  ./nunatak profile " + tiles + " --line '" + DemoAnalyses.LINE + "' --mask-gt 0 \\");
        say.println("      -o line.csv --plot line.png");
        say.println("  ./nunatak terrain " + tiles + " --product hillshade --bbox -1000000,800000,-900000,900000 \\");
        say.println("      -o shade.tif --plot shade.png");
        say.println("  ./nunatak zonal " + tiles + " --zones " + out.resolve("basins.geojson") + " \\");
        say.println("      --id-field name --hypsometry 100 --mask-gt 0 -o basins.json");
        say.println("  ./nunatak points " + tiles + " --points gps.csv --lon-col lon --lat-col lat -o heights.csv");
        say.println("On a Spark cluster, add: --engine spark --master spark://HOST:7077   (docs/scaling-out.md)");
        say.println("At the notebook's full 8 m scale on this machine: ./nunatak demo --res 8");
        say.flush();
        return 0;
    }


    private Path cacheDir() {
        if (cache != null) {
            return cache;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("nunatak");
    }
}
