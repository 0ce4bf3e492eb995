package nunatak.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nunatak.array.Boundary;
import nunatak.array.DataArray;
import nunatak.array.Reducer;
import nunatak.engine.Engine;
import nunatak.source.IoStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nunatak coarsen}: the notebook's map — mask, coarsen by a factor, save. */
@Command(name = "coarsen", description = "Coarsen a mosaic (e.g. by 100, mean of valid values) and save the map.")
final class CoarsenCommand implements Callable<Integer> {
    @Mixin
    MosaicOptions mosaic;

    @Mixin
    SourceOptionsMixin source;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    FigureOptions figure;

    @Option(names = "--factor", paramLabel = "N", required = true, description = "Window size along y and x.")
    int factor;

    @Option(names = "--reducer", paramLabel = "R", defaultValue = "mean",
            description = "mean, sum, min, max, std or count of the valid values (default: ${DEFAULT-VALUE}).")
    String reducer;

    @Option(names = "--boundary", paramLabel = "B", defaultValue = "trim",
            description = "trim, pad or exact, as xarray (default: ${DEFAULT-VALUE}).")
    String boundary;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Result file: .tif (a COG), .json or .csv.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Timer timer = new Timer(spec.commandLine().getErr());
        long bytes0 = IoStats.bytes();
        MosaicOptions.Opened opened = mosaic.open(source.toOptions(), spec.commandLine().getErr());
        DataArray dem = opened.array();
        timer.lap("open", opened.dataset().layout(mosaic.asset).tiles().size() + " tiles, " + dem.size("y") + " x "
                + dem.size("x") + " px");
        DataArray lazy = dem.assignAttrs(figure.labels())
                .coarsen(Map.of("y", factor, "x", factor), Boundary.parse(boundary)).reduce(Reducer.parse(reducer));
        Engine engine = engineOptions.start(timer);
        try {
            ProgressBars progress = ProgressBars.forTerminal();
            DataArray result = lazy.persist(engine, progress);
            timer.lap("coarsen", String.format("%s, %.1f MiB read", engine.name(),
                    Math.max(IoStats.bytes() - bytes0, progress.bytesRead()) / 1048576.0));
            Outputs.write(result, output);
            timer.lap("write", result.size("y") + " x " + result.size("x") + " -> " + output);
            if (figure.plot != null) {
                figure.draw(result, String.format("%s, coarsened %d x %d (%s)", mosaic.title(), factor, factor,
                        reducer), figure.plot);
                timer.lap("plot", figure.plot.toString());
            }
        } finally {
            engine.close();
        }
        return 0;
    }
}
