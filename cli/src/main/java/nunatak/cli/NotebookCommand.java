package nunatak.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicLayout;
import nunatak.source.SourceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak notebook}: the Pangeo REMA notebook's cells in one session on any mosaic — open, a preview
 * from the overviews, coarsen + persist, the profile — each timed. The end-to-end benchmark times it against
 * the same cells run by xarray + dask.
 */
@Command(name = "notebook", description = "Run the Pangeo REMA notebook's steps on a mosaic in one session, timing each.")
final class NotebookCommand implements Callable<Integer> {
    @Mixin
    MosaicOptions mosaic;

    @Mixin
    SourceOptionsMixin source;

    @Mixin
    EngineOptions engineOptions;

    @Option(names = "--factor", paramLabel = "N", defaultValue = "100", description = "Coarsen window (default: ${DEFAULT-VALUE}).")
    int factor;

    @Option(names = "--y", paramLabel = "Y", defaultValue = "750000", description = "Profile at y = Y (default: ${DEFAULT-VALUE}).")
    double y;

    @Option(names = "--preview-level", paramLabel = "N", defaultValue = "-2",
            description = "Overview level of the preview; default: the deepest with tiles of at least 256 px; -1 skips it.")
    int previewLevel;

    @Option(names = "--figures", description = "Also draw map.png and profile.png.")
    boolean figures;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "nunatak-notebook",
            description = "Where map.json and profile.csv go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--timings", paramLabel = "FILE", description = "Also write each step's seconds as JSON.")
    Path timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Timer timer = new Timer(err);
        Files.createDirectories(out);
        SourceOptions options = source.toOptions();
        MosaicOptions.Opened opened = mosaic.open(options, err);
        MosaicLayout layout = opened.dataset().layout(mosaic.asset);
        DataArray dem = opened.array();
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("open", timer.lap("open", layout.tiles().size() + " tiles, " + dem.size("y") + " x "
                + dem.size("x") + " px"));
        Engine engine = engineOptions.start(timer);
        try {
            int level = previewLevel == -2 ? NotebookSession.previewLevel(layout) : previewLevel;
            NotebookSession.Settings s = new NotebookSession.Settings(mosaic.maskGt == null ? 0 : mosaic.maskGt,
                    factor, y, level, figures, mosaic.title(), out);
            seconds.putAll(new NotebookSession(timer, err, engine)
                    .run(l -> mosaic.open(options, err, l).array(), dem, s));
        } finally {
            engine.close();
        }
        if (timings != null) {
            Files.writeString(timings, Json.write(seconds));
        }
        return 0;
    }
}
