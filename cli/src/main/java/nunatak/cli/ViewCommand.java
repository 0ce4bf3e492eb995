package nunatak.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.InvalidArgumentException;
import nunatak.array.Labels;
import nunatak.engine.Engine;
import nunatak.mosaic.Mosaic;
import nunatak.mosaic.MosaicSpec;
import nunatak.mosaic.Presets;
import nunatak.mosaic.UriTemplate;
import nunatak.source.SourceOptions;
import nunatak.viewer.LevelGrid;
import nunatak.viewer.MosaicSource;
import nunatak.viewer.SiblingLayers;
import nunatak.viewer.ViewSource;
import nunatak.viewer.ViewerOptions;
import nunatak.viewer.ViewerServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak view SOURCE…}: a local web map of a mosaic (tiles, values, profiles, zonal statistics) until
 * Ctrl-C. Each SOURCE is a GeoTIFF or a tile template, optionally named ({@code mad=...}); REMA's sibling layers
 * of the first one are found on their own.
 */
@Command(name = "view", description = {"Open a mosaic in the browser: a local map with the value under the cursor, "
        + "profiles along drawn lines and statistics in drawn polygons. Nothing is fetched from the internet.",
        "Example: nunatak view --template 'sample/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif' --rows 40:37 "
                + "--cols 20:23 --open"})
final class ViewCommand implements Callable<Integer> {
    private static final Pattern NAMED = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)=(.+)");
    private static final Pattern KIND_WORD = Pattern.compile("(?<=^|[_.\\-])(dem|mad|count|mindate|maxdate|datamask)(?=[_.\\-]|$)");

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "GeoTIFF path or URI, or a tile template with "
            + "{i}/{j} (tiles from --rows/--cols); NAME=SOURCE names its layer. The first is the main layer "
            + "(--template/--preset count as a first SOURCE).")
    List<String> sources = new ArrayList<>();

    @Mixin
    MosaicOptions mosaic;

    @Mixin
    SourceOptionsMixin source;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 shares the "
                    + "viewer with your network).")
    String bind;

    @Option(names = "--open", description = "Open the page in the default browser.")
    boolean open;

    @Option(names = "--tile-cache-mb", paramLabel = "N", defaultValue = "64",
            description = "Memory for drawn tiles in MiB (default: ${DEFAULT-VALUE}).")
    long tileCacheMb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (mosaic.overview != 0) {
            throw new InvalidArgumentException("view reads every overview level itself; drop --overview");
        }
        SourceOptions options = source.toOptions();
        Map<String, MosaicSpec> layers = layers(options);
        String primary = layers.keySet().iterator().next();
        String missing = Mosaic.missingWarning(Mosaic.open(layers.get(primary)));
        if (missing != null) {
            spec.commandLine().getErr().println("warning: " + missing);
            spec.commandLine().getErr().flush();
        }
        SiblingLayers.find(layers.get(primary)).forEach(layers::putIfAbsent);
        ViewSource view = new MosaicSource(layers.get(primary).template().toString(), layers, mosaic::masked,
                Engine.local());
        LevelGrid full = view.layer(primary).levels().get(0);
        ViewerOptions o = ViewerOptions.defaults().withBind(bind).withPort(port).withTileCacheBytes(tileCacheMb << 20);
        ViewerServer server = ViewerServer.start(view, o);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("nunatak view: " + server.url());
        out.printf(Locale.ROOT, "  %s%n  %d x %d pixels of %s m, %d overviews; layers %s%n", view.description(),
                full.width(), full.height(), Labels.plain(full.resX()), view.layer(primary).levels().size() - 1,
                String.join(", ", withRelief(view.layerNames())));
        out.println("  Ctrl-C stops the viewer.");
        out.flush();
        if (open) {
            browse(server.url(), spec.commandLine().getErr());
        }
        boolean interrupted = false;
        try {
            stopped.await();
        } catch (InterruptedException e) {
            interrupted = true; // restored after closing: Jetty's stop would be cut short by the flag
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: nothing to remove
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The layers given on the command line, by name, the main one first. */
    private Map<String, MosaicSpec> layers(SourceOptions options) {
        List<String> all = new ArrayList<>();
        if (mosaic.template != null || mosaic.preset != null) {
            all.add(mosaic.preset != null ? Presets.template(mosaic.preset, mosaic.baseUrl) : mosaic.template);
        }
        all.addAll(sources);
        if (all.isEmpty()) {
            throw new InvalidArgumentException("give what to view: a GeoTIFF, a tile template (SOURCE), or "
                    + "--template T / --preset rema-v1-8m");
        }
        Map<String, MosaicSpec> out = new LinkedHashMap<>();
        for (String s : all) {
            Matcher named = NAMED.matcher(s);
            String location = named.matches() ? named.group(2) : s;
            String name = named.matches() ? named.group(1) : nameOf(location, out.size());
            if (out.containsKey(name) || name.equals("hillshade")) {
                throw new InvalidArgumentException("two layers would be called '" + name + "'; name them: NAME=SOURCE");
            }
            MosaicSpec spec = mosaic.spec(location, options);
            if (UriTemplate.parse(location).names().isEmpty()) {
                spec = spec.withRows(List.of(1)).withCols(List.of(1));
            }
            out.put(name, spec);
        }
        return out;
    }

    /** REMA's layer word in the file name (dem, mad, count, ...), else "layer" and its position. */
    private static String nameOf(String location, int index) {
        String file = location.substring(location.lastIndexOf('/') + 1);
        Matcher m = KIND_WORD.matcher(file);
        if (m.find()) {
            return m.group(1);
        }
        return index == 0 ? "dem" : "layer" + (index + 1);
    }

    private static List<String> withRelief(List<String> names) {
        List<String> out = new ArrayList<>(names);
        if (!out.contains("hillshade")) {
            out.add(1, "hillshade");
        }
        return out;
    }

    private static void browse(URI url, PrintWriter err) {
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(url);
                return;
            }
            new ProcessBuilder("xdg-open", url.toString()).inheritIO().start();
        } catch (Exception | LinkageError e) {
            err.println("warning: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
            err.flush();
        }
    }
}
