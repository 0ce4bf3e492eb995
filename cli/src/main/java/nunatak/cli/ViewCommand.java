package nunatak.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.InvalidArgumentException;
import nunatak.array.Labels;
import nunatak.engine.Engine;
import nunatak.mosaic.CatalogSources;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.MosaicSource;
import nunatak.mosaic.TemplateSource;
import nunatak.mosaic.UriTemplate;
import nunatak.source.SourceOptions;
import nunatak.viewer.LayerSpec;
import nunatak.viewer.LevelGrid;
import nunatak.viewer.SourceLayers;
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
 * {@code nunatak view}: a local web map of a mosaic (tiles, values, profiles, zonal statistics) until Ctrl-C. The
 * mosaic is any source the other commands open ({@link MosaicOptions}) with its layers ({@link SourceLayers}), or
 * SOURCE arguments: GeoTIFFs, tile templates or VRTs, each optionally named ({@code mad=...}).
 */
@Command(name = "view", description = {"Open a mosaic in the browser: a local map with the value under the cursor, "
        + "profiles along drawn lines and statistics in drawn polygons. Nothing is fetched from the internet.",
        "Examples: nunatak view --stac sample/rema/mosaics/v2.0/32m.json --open",
        "  nunatak view --template 'sample/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif' --rows 40:37 "
                + "--cols 20:23"})
final class ViewCommand implements Callable<Integer> {
    private static final Pattern NAMED = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)=(.+)");

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "A GeoTIFF, a tile template with {i}/{j} (tiles "
            + "from --rows/--cols) or a VRT; NAME=SOURCE names its layer. Without a source option the first is the "
            + "mosaic (with its REMA sibling layers); the others add one layer each.")
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

    /** The mosaic as the command line gave it, for the page's title. */
    private String description;

    @Override
    public Integer call() {
        if (mosaic.overview != 0) {
            throw new InvalidArgumentException("view reads every overview level itself; drop --overview");
        }
        SourceOptions options = source.toOptions();
        List<LayerSpec> layers = layers(options);
        ViewSource view = ViewSource.open(description, layers, mosaic.openOptions(options, 0),
                // --valid-if and --mask-gt on every layer at every level; nodata is always NaN in the viewer
                (layer, others) -> mosaic.masked(layer, others, false),
                Engine.local());
        String missing = view.missingWarning();
        if (missing != null) {
            spec.commandLine().getErr().println("warning: " + missing);
            spec.commandLine().getErr().flush();
        }
        LevelGrid full = view.primary().levels().get(0);
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
                full.width(), full.height(), Labels.plain(full.resX()), view.primary().levels().size() - 1,
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

    /** The mosaic's layers (from the source options, else the first SOURCE), then one per further SOURCE. */
    private List<LayerSpec> layers(SourceOptions options) {
        boolean fromOptions = mosaic.namesSource();
        if (!fromOptions && sources.isEmpty()) {
            throw new InvalidArgumentException("give what to view: --template T, --preset NAME, --stac URL, "
                    + "--stac-api URL --collection NAME, --vrt URL, --files URI..., or a GeoTIFF, template or VRT");
        }
        List<LayerSpec> out = new ArrayList<>();
        List<String> extra = new ArrayList<>(sources);
        MosaicSource main = fromOptions ? mosaic.source()
                : NAMED.matcher(extra.get(0)).matches() ? null : sourceAt(extra.remove(0));
        if (main != null) {
            description = main.describe();
            out.addAll(SourceLayers.of(main, mosaic.asset, mosaic.box(), options));
        }
        for (String s : extra) {
            Matcher named = NAMED.matcher(s);
            String location = named.matches() ? named.group(2) : s;
            MosaicSource src = sourceAt(location);
            String asset = src instanceof TemplateSource t && t.template().names().contains("asset") ? mosaic.asset
                    : "dem";
            String name = named.matches() ? named.group(1)
                    : SourceLayers.kindOf(location, out.isEmpty() ? "dem" : "layer" + (out.size() + 1));
            out.add(new LayerSpec(name, src, asset));
            if (description == null) {
                description = src.describe();
            }
        }
        return out;
    }

    /** A SOURCE argument: a VRT, or a template (a GeoTIFF is a template without fields). */
    private MosaicSource sourceAt(String location) {
        if (location.replaceAll("[?#].*", "").toLowerCase(Locale.ROOT).endsWith(".vrt")) {
            return new CatalogSources.Vrt(location, 1);
        }
        return new TemplateSource(UriTemplate.parse(location), IndexRange.parse(mosaic.rows).indices(),
                IndexRange.parse(mosaic.cols).indices());
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
