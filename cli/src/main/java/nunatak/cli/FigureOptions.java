package nunatak.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nunatak.array.DataArray;
import nunatak.plot.ArrayFigures;
import nunatak.plot.ColorLimits;
import nunatak.plot.Hillshade;
import nunatak.plot.PlotOptions;
import nunatak.plot.Plots;
import picocli.CommandLine.Option;

/** How results are drawn: {@code --plot FILE} and the look of the figure. */
final class FigureOptions {
    @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the result: .png or .svg.")
    Path plot;

    @Option(names = "--title", paramLabel = "TEXT", description = "Figure title (default: what was computed).")
    String title;

    @Option(names = "--colormap", paramLabel = "NAME", defaultValue = "terrain",
            description = "terrain, gist_earth, viridis, cividis, magma, ... (_r reverses; default: ${DEFAULT-VALUE}).")
    String colormap;

    @Option(names = "--hillshade", description = "Shade the map's relief (sun from the north-west, 45 deg high).")
    boolean hillshade;

    @Option(names = "--robust", description = "Colour limits from the 2nd and 98th percentiles, as xarray's robust=True.")
    boolean robust;

    @Option(names = "--dpi", paramLabel = "N", description = "Dots per inch of PNG figures (default: 100).")
    double dpi;

    @Option(names = "--long-name", paramLabel = "TEXT", defaultValue = "elevation",
            description = "What the values are, for the colour bar or axis label (default: ${DEFAULT-VALUE}).")
    String longName;

    @Option(names = "--units", paramLabel = "TEXT", defaultValue = "m", description = "Units of the values (default: ${DEFAULT-VALUE}).")
    String units;

    /** The attributes that label a figure (and saved results), in the order xarray users write them. */
    Map<String, Object> labels() {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("long_name", longName);
        labels.put("units", units);
        return labels;
    }

    PlotOptions options() {
        PlotOptions o = PlotOptions.defaults().withColormap(colormap);
        if (dpi > 0) {
            o = o.withDpi(dpi);
        }
        if (hillshade) {
            o = o.withHillshade(Hillshade.standard());
        }
        if (robust) {
            o = o.withColorLimits(ColorLimits.robust());
        }
        return o;
    }

    /** Draws {@code a} to {@code --plot} if given; {@code defaultTitle} names what was computed. */
    void draw(DataArray a, String defaultTitle, Path out) {
        if (out == null) {
            return;
        }
        String t = title != null ? title : defaultTitle;
        if (a.dims().size() == 1) {
            Plots.saveProfile(ArrayFigures.profile(a).withTitle(t), options(), out);
        } else {
            Plots.saveMap(ArrayFigures.map(a).withTitle(t), options(), out);
        }
    }
}
