package nunatak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.catalog.RemaV2Layer;
import nunatak.engine.Engine;
import nunatak.mosaic.CatalogSources;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.RemaGrid;
import nunatak.sample.RemaV2Sample;
import nunatak.sample.RemaV2SampleOptions;
import nunatak.sample.RemaV2SampleResult;
import nunatak.serve.RangeFileServer;
import picocli.CommandLine.Option;

/**
 * {@code nunatak demo --product rema-v2}: the notebook on REMA v2's layout. Generates (once) the real index's 32 m
 * tiles of the chosen cells with their {@code dem} and {@code count} layers and PGC's static STAC catalog, serves
 * the tree over HTTP on 127.0.0.1, opens the cells' area through the STAC catalog (catalog requests only), keeps
 * the pixels that at least two DEMs saw ({@code where(count >= 2)}), then runs the notebook's cells: mask values
 * <= 0, coarsen by 100 into map.png, the profile at y = 750000 m (or the cells' middle) into profile.png and
 * profile.csv.
 *
 * <pre>{@code
 * nunatak demo --product rema-v2 --rows 40:39 --cols 20:21
 * }</pre>
 */
final class RemaV2Demo {
    @Option(names = "--rows", paramLabel = "FIRST:LAST", defaultValue = "40:37",
            description = "rema-v2: 100 km cell rows, top to bottom (default: ${DEFAULT-VALUE}).")
    String rows;

    @Option(names = "--cols", paramLabel = "FIRST:LAST", defaultValue = "20:23",
            description = "rema-v2: 100 km cell columns, left to right (default: ${DEFAULT-VALUE}).")
    String cols;

    private static final int MIN_COUNT = 2;

    /** Runs the demo at {@code res} m ("32" is the default; 10 and 2 are REMA v2's other resolutions). */
    void run(int res, long seed, Path cache, Path out, EngineOptions engineOptions, Timer timer, PrintWriter say) {
        IndexRange r = IndexRange.parse(rows);
        IndexRange c = IndexRange.parse(cols);
        Path root = cache.resolve("rema-v2-sample-" + res + "m-seed" + seed);
        say.println("nunatak demo: the Pangeo REMA notebook on a synthetic REMA v2 mosaic at " + res + " m, through"
                + " its STAC catalog");
        say.println("  (the real REMA v2 tiles of rows " + rows + " x cols " + cols + ", with their 100 m buffers and"
                + " partial coastal tiles, layers dem and count; cached in " + root + ")");
        say.flush();
        RemaV2SampleOptions o = RemaV2SampleOptions.defaults(root).withResolution(res + "m").withRows(r).withCols(c)
                .withLayers(List.of(RemaV2Layer.DEM, RemaV2Layer.COUNT)).withSeed(seed);
        RemaV2SampleResult sample;
        try (SampleProgressBar bar = SampleProgressBar.forTerminal(SampleCommand.v2TileRows(o.resolution()), false)) {
            sample = RemaV2Sample.generate(o, bar);
        }
        timer.lap("sample", sample.written().size() + " tiles written, " + sample.reused().size() + " reused");
        double[] box = {RemaGrid.minX(c.indices().get(0)), RemaGrid.minY(r.indices().get(r.indices().size() - 1)),
                RemaGrid.maxX(c.indices().get(c.indices().size() - 1)), RemaGrid.maxY(r.indices().get(0))};
        AtomicInteger requests = new AtomicInteger();
        try (RangeFileServer server = RangeFileServer.serve(sample.root(), 0, (ex, file) -> {
            requests.incrementAndGet();
            return RangeFileServer.Decision.SERVE;
        })) {
            String stac = server.baseUrl() + "/" + sample.root().relativize(sample.collection()).toString()
                    .replace('\\', '/');
            say.println("\nserving the tiles and the STAC catalog at " + server.baseUrl() + "/ (HTTP range requests, "
                    + "like s3://pgc-opendata-dems)");
            say.println("\n>>> ds = open the STAC catalog " + stac + " in the box " + java.util.Arrays.toString(box));
            say.flush();
            Dataset ds = Dataset.open(new CatalogSources.Stac(stac), OpenOptions.DEFAULT.withAssets(List.of("dem", "count")).withBox(box[0], box[1], box[2], box[3]));
            timer.lap("open", ds.layout("dem").tiles().size() + " tiles placed by their STAC items, "
                    + requests.get() + " catalog requests, no tile read");
            say.println(ds + "\n");
            DataArray dem = ds.get("dem").where(ds.get("count").ge(MIN_COUNT))
                    .assignAttrs(Map.of("long_name", "surface elevation", "units", "m")).rename("elevation");
            say.println(">>> da = ds['dem'].where(ds['count'] >= " + MIN_COUNT + ")\n" + dem + "\n");
            say.flush();
            Engine engine = engineOptions.start(timer);
            try {
                new NotebookSession(timer, say, engine).run(level -> dem, dem, new NotebookSession.Settings(0, 100,
                        profileY(box), -1, true, "REMA v2-like sample at " + res + " m, count >= " + MIN_COUNT, out));
            } finally {
                engine.close();
            }
        }
        say.println();
        say.println("Next: the same on the real REMA v2 (public bucket, no account needed):");
        say.println("  ./nunatak coarsen --preset rema-v2-32m --rows " + rows + " --cols " + cols
                + " --valid-if 'count>=2' --mask-gt 0 \\");
        say.println("      --factor 100 -o map.json --plot map.png");
        say.println("  ./nunatak profile --stac https://pgc-opendata-dems.s3.us-west-2.amazonaws.com/rema/mosaics/"
                + "v2.0/32m.json \\");
        say.println("      --bbox " + (long) box[0] + "," + (long) box[1] + "," + (long) box[2] + "," + (long) box[3]
                + " --y " + (long) profileY(box) + " --mask-gt 0 -o profile.csv --plot profile.png");
        say.flush();
    }

    /** The notebook's y = 750000 m when the cells hold it, else their middle. */
    private static double profileY(double[] box) {
        return box[1] < 750_000 && 750_000 < box[3] ? 750_000 : (box[1] + box[3]) / 2;
    }
}
