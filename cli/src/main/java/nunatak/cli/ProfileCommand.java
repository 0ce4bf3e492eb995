package nunatak.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nunatak.InvalidArgumentException;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.source.IoStats;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nunatak profile}: the notebook's full-resolution profile along a row or column. */
@Command(name = "profile", description = "Extract a full-resolution profile along y = Y or x = X (nearest pixel centre).")
final class ProfileCommand implements Callable<Integer> {
    @Mixin
    MosaicOptions mosaic;

    @Mixin
    SourceOptionsMixin source;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    FigureOptions figure;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Line line;

    static final class Line {
        @Option(names = "--y", paramLabel = "Y", description = "Profile along x at the row nearest to y = Y (metres).")
        Double y;

        @Option(names = "--x", paramLabel = "X", description = "Profile along y at the column nearest to x = X (metres).")
        Double x;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Result file: .csv or .json.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Timer timer = new Timer(spec.commandLine().getErr());
        long bytes0 = IoStats.bytes();
        MosaicOptions.Opened opened = mosaic.open(source.toOptions(), spec.commandLine().getErr());
        DataArray dem = opened.array().assignAttrs(figure.labels());
        timer.lap("open", opened.dataset().layout(mosaic.asset).tiles().size() + " tiles");
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
        Engine engine = engineOptions.start(timer);
        try {
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
        } finally {
            engine.close();
        }
        return 0;
    }
}
