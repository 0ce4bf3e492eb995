package nunatak.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nunatak.array.DataArray;
import nunatak.mosaic.MosaicLayout;
import nunatak.source.IoStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak open}: the lazy array a source opens as, without reading a pixel; on stderr, how long opening took
 * and how many requests it made.
 */
@Command(name = "open", description = "Open a mosaic lazily and print its summary (reads catalogs and, where needed, tile headers; no pixels).")
final class OpenCommand implements Callable<Integer> {
    @Mixin
    MosaicOptions mosaic;

    @Mixin
    SourceOptionsMixin source;

    @Option(names = "--json", description = "Print shape, dims, bounds, res, crs, tiles and chunks as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Timer timer = new Timer(spec.commandLine().getErr());
        long requests = IoStats.requests();
        MosaicOptions.Opened opened = mosaic.open(source.toOptions(), spec.commandLine().getErr());
        DataArray a = opened.array();
        MosaicLayout layout = opened.dataset().layout(mosaic.asset);
        long made = IoStats.requests() - requests;
        timer.lap("open", layout.tiles().size() + " tiles, " + made + (made == 1 ? " request" : " requests")
                + ", no pixels read");
        if (!json) {
            spec.commandLine().getOut().println(opened.dataset());
            spec.commandLine().getOut().println(a);
            return 0;
        }
        double[] x = a.coord("x");
        double[] y = a.coord("y");
        double rx = a.georef().transform().resX();
        double ry = a.georef().transform().resY();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", opened.dataset().source());
        out.put("name", a.name());
        out.put("dtype", a.dtype().label());
        out.put("dims", a.dims());
        out.put("shape", List.of(a.size("y"), a.size("x")));
        out.put("bounds", List.of(x[0] - rx / 2, y[y.length - 1] - ry / 2, x[x.length - 1] + rx / 2, y[0] + ry / 2));
        out.put("res", List.of(rx, ry));
        out.put("crs", a.georef().crs());
        out.put("nodata", a.georef().nodata());
        out.put("tiles", layout.tiles().size());
        out.put("missing_tiles", layout.missing().size());
        out.put("layers", opened.dataset().names());
        out.put("chunks", List.of(a.chunks().get(0).length > 0 ? a.chunks().get(0)[0] : 0,
                a.chunks().get(1).length > 0 ? a.chunks().get(1)[0] : 0));
        spec.commandLine().getOut().println(Json.write(out));
        return 0;
    }
}
