package nunatak.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nunatak.array.DataArray;
import nunatak.plot.ArrayFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** {@code nunatak plot RESULT -o out.png}: draws a saved map or profile. */
@Command(name = "plot", description = "Draw a saved result (.json from coarsen/profile, or a GeoTIFF) as PNG or SVG.")
final class PlotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULT", description = "A .json written by nunatak, or a GeoTIFF path/URI.")
    String result;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Figure file: .png or .svg.")
    Path output;

    @Mixin
    FigureOptions figure;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataArray a = ArrayFigures.read(result);
        if (!a.attrs().containsKey("long_name")) {
            a = a.assignAttrs(figure.labels());
        }
        String name = Path.of(result.replaceAll("^[a-z0-9]+://", "")).getFileName().toString();
        figure.draw(a, a.dims().size() == 1 ? ArrayFigures.profile(a).title() : name, output);
        spec.commandLine().getErr().println("wrote " + output);
        return 0;
    }
}
