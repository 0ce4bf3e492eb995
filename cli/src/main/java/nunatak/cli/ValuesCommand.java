package nunatak.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.Raster;
import nunatak.tiff.Window;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak values URI --window COL,ROW,WIDTH,HEIGHT [--band N] [--use-mask]}: raw pixel values of a band
 * (nodata kept as is); with {@code --use-mask}, pixels the internal mask marks invalid are NaN (null in JSON).
 */
@Command(name = "values", description = "Print the pixel values of a window of a band (nodata left as the raw "
        + "value; --use-mask turns pixels masked by the file's internal mask into NaN).")
final class ValuesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URI")
    String location;

    @Option(names = "--window", required = true, paramLabel = "COL,ROW,WIDTH,HEIGHT",
            description = "The window, in pixels of the chosen level.")
    String window;

    @Option(names = "--overview", paramLabel = "N", description = "Read overview N (1 = the largest) instead of the full image.")
    int overview;

    @Option(names = "--band", paramLabel = "N", defaultValue = "1", description = "The band (1 = the first).")
    int band;

    @Option(names = "--use-mask", description = "Pixels masked by the internal mask (GDAL_TIFF_INTERNAL_MASK) read "
            + "as NaN; a file without one reads as without this option.")
    boolean useMask;

    @Option(names = "--json", description = "Print {\"width\":..,\"height\":..,\"values\":[[..],..]}.")
    boolean json;

    @Mixin
    SourceOptionsMixin source;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GeoTiff tif = GeoTiff.open(location, source.toOptions());
        Window w = Window.parse(window);
        Raster r = useMask ? tif.readMasked(overview, band, w) : tif.read(overview, band, w);
        boolean integral = !r.type().isFloating();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<List<Number>> rows = new ArrayList<>();
            for (int y = 0; y < r.height(); y++) {
                List<Number> row = new ArrayList<>(r.width());
                for (int x = 0; x < r.width(); x++) {
                    double v = r.value(y, x);
                    row.add(integral && !Double.isNaN(v) ? (Number) (long) v : Json.number(v));
                }
                rows.add(row);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("width", r.width());
            m.put("height", r.height());
            m.put("dtype", r.type().label());
            m.put("band", band);
            m.put("values", rows);
            out.println(Json.write(m));
        } else {
            for (int y = 0; y < r.height(); y++) {
                StringBuilder sb = new StringBuilder();
                for (int x = 0; x < r.width(); x++) {
                    double v = r.value(y, x);
                    sb.append(x > 0 ? " " : "").append(integral && !Double.isNaN(v) ? Long.toString((long) v)
                            : Double.toString(v));
                }
                out.println(sb);
            }
        }
        out.flush();
        return 0;
    }
}
