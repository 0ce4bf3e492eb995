package nunatak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nunatak.InvalidArgumentException;
import nunatak.catalog.RemaV2Index;
import nunatak.catalog.RemaV2Layer;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.RemaGrid;
import nunatak.sample.RemaV2Sample;
import nunatak.sample.RemaV2SampleOptions;
import nunatak.sample.RemaV2SampleResult;
import nunatak.sample.SampleMosaic;
import nunatak.sample.SampleOptions;
import nunatak.sample.SampleResult;
import nunatak.sample.TileIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak sample --root DIR}: synthetic REMA-like tiles in REMA's layout, to try the tools without the
 * bucket. {@code --product rema-v1} (the default) writes REMA v1's 100 km tiles and prints the template, rows and
 * columns to open them with; {@code --product rema-v2} writes the real REMA v2 index's tiles of the chosen cells
 * with six layers, a static STAC catalog in PGC's layout and one GDAL VRT per layer, and prints where they are.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Generate synthetic REMA-like elevation "
        + "tiles (ice sheet, mountains, glacier troughs, ocean <= 0, voids of nodata -9999) as COGs on REMA's tile "
        + "grid and with REMA's names. --product rema-v2 writes REMA v2's real tiles (sizes, buffers, half and merged "
        + "tiles) with the layers dem, mad, count, mindate, maxdate, datamask, PGC's STAC catalog and GDAL VRTs. "
        + "Existing tiles are kept unless --force.")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--product", defaultValue = "rema-v1", paramLabel = "P",
            description = "rema-v1 (100 km tiles, one layer) or rema-v2 (PGC's v2 layout) (default: ${DEFAULT-VALUE}).")
    String product;

    @Option(names = "--root", required = true, paramLabel = "DIR", description = "Directory to write the tiles under.")
    Path root;

    @Option(names = "--rows", defaultValue = "40:37", paramLabel = "FIRST:LAST",
            description = "Tile rows (default: ${DEFAULT-VALUE}).")
    String rows;

    @Option(names = "--cols", defaultValue = "20:23", paramLabel = "FIRST:LAST",
            description = "Tile columns (default: ${DEFAULT-VALUE}).")
    String cols;

    @Option(names = "--res", paramLabel = "METRES",
            description = "Pixel size. rema-v1: 8 gives REMA's 12500 x 12500 tiles, 400 gives 250 x 250 (default 8); "
                    + "rema-v2: 32, 10 or 2 (default 32).")
    Integer res;

    @Option(names = "--layers", split = ",", paramLabel = "L",
            description = "rema-v2: layers to write (default: dem,count,mad,maxdate,mindate,datamask).")
    List<String> layers = new ArrayList<>();

    @Option(names = "--all",
            description = "rema-v2: every tile of the index (the whole continent) instead of --rows/--cols.")
    boolean all;

    @Option(names = "--catalog-only", description = "rema-v2: write the STAC catalog and the VRTs, no pixels.")
    boolean catalogOnly;

    @Option(names = "--missing", split = ",", paramLabel = "ROW_COL",
            description = "Tiles to leave out, e.g. 38_21 (repeatable or comma-separated).")
    List<String> missing = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Terrain seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--template", defaultValue = SampleOptions.DEFAULT_TEMPLATE, paramLabel = "T",
            description = "Tile path under the root, with {i}, {j} and {res} (default: ${DEFAULT-VALUE}).")
    String template;

    @Option(names = "--force", description = "Regenerate tiles that already exist.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Tiles generated at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        switch (product) {
            case "rema-v1" -> {
                if (all || catalogOnly || !layers.isEmpty()) {
                    throw new InvalidArgumentException("--all, --catalog-only and --layers are for --product rema-v2");
                }
                return remaV1();
            }
            case "rema-v2" -> {
                if (!missing.isEmpty() || !SampleOptions.DEFAULT_TEMPLATE.equals(template)) {
                    throw new InvalidArgumentException("--missing and --template are for --product rema-v1; REMA v2 "
                            + "has its own names and its own missing tiles");
                }
                return remaV2();
            }
            default -> throw new InvalidArgumentException("--product " + product + " does not exist; use rema-v1 "
                    + "or rema-v2");
        }
    }

    private int remaV2() {
        List<RemaV2Layer> chosen = layers.isEmpty() ? RemaV2SampleOptions.ALL_LAYERS
                : layers.stream().map(String::trim).filter(l -> !l.isEmpty()).map(RemaV2Layer::parse).toList();
        RemaV2SampleOptions o = RemaV2SampleOptions.defaults(root).withResolution(res == null ? "32m" : res + "m")
                .withRows(IndexRange.parse(rows)).withCols(IndexRange.parse(cols)).withAllTiles(all)
                .withCatalogOnly(catalogOnly).withLayers(chosen).withSeed(seed).withForce(force).withThreads(threads);
        RemaV2SampleResult r;
        try (SampleProgressBar bar = SampleProgressBar.forTerminal(v2TileRows(o.resolution()), quiet || catalogOnly)) {
            r = RemaV2Sample.generate(o, bar);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(toMap(r)) : toText(r));
        out.flush();
        return 0;
    }

    /** Rows of one REMA v2 tile at {@code resolution} ("2m" tiles are quarters), for progress bars. */
    static long v2TileRows(String resolution) {
        return Math.round(100_000 / RemaV2Index.pixelSize(resolution) / (resolution.equals("2m") ? 2 : 1));
    }

    private int remaV1() {
        Set<TileIndex> leaveOut = missing.stream().map(String::trim).filter(s -> !s.isEmpty()).map(TileIndex::parse)
                .collect(Collectors.toSet());
        SampleOptions o = SampleOptions.defaults(root).withRows(IndexRange.parse(rows)).withCols(IndexRange.parse(cols))
                .withRes(res == null ? 8 : res).withMissing(leaveOut).withSeed(seed).withTemplate(template).withForce(force)
                .withThreads(threads);
        SampleResult r;
        try (SampleProgressBar bar = SampleProgressBar.forTerminal(RemaGrid.pixelsPerTile(o.res()), quiet)) {
            r = SampleMosaic.generate(o, bar);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(toMap(r)) : toText(r));
        out.flush();
        return 0;
    }

    static String toText(SampleResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Wrote %d tiles, kept %d existing ones, %d x %d pixels of %d m, under %s in %.1f s",
                r.written().size(), r.reused().size(), r.tileSize(), r.tileSize(), r.res(),
                r.root().toAbsolutePath().normalize(), r.elapsed().toMillis() / 1000.0));
        if (!r.missing().isEmpty()) {
            sb.append("; left out ").append(r.missing().stream().map(TileIndex::toString).collect(Collectors.joining(", ")));
        }
        sb.append('\n');
        sb.append("Template: ").append(r.pattern()).append('\n');
        sb.append("Rows: ").append(r.rows()).append('\n');
        sb.append("Cols: ").append(r.cols());
        return sb.toString();
    }

    static String toText(RemaV2SampleResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Wrote %d REMA v2 %s tiles, kept %d existing ones, catalogued %d, under %s in %.1f s%n",
                r.written().size(), r.resolution(), r.reused().size(), r.catalogued(),
                r.root().toAbsolutePath().normalize(), r.elapsed().toMillis() / 1000.0));
        sb.append("Base URL: ").append(r.baseDir().toAbsolutePath().normalize()).append("/\n");
        sb.append("STAC collection: ").append(r.collection().toAbsolutePath().normalize()).append('\n');
        sb.append("STAC root: ").append(r.stacRoot().toAbsolutePath().normalize());
        r.vrts().forEach((l, p) -> sb.append('\n').append("VRT ").append(l.suffix()).append(": ")
                .append(p.toAbsolutePath().normalize()));
        return sb.toString();
    }

    static Map<String, Object> toMap(RemaV2SampleResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product", "rema-v2");
        m.put("root", r.root().toAbsolutePath().normalize().toString());
        m.put("resolution", r.resolution());
        m.put("base_url", r.baseDir().toAbsolutePath().normalize() + "/");
        m.put("stac_root", r.stacRoot().toAbsolutePath().normalize().toString());
        m.put("stac_collection", r.collection().toAbsolutePath().normalize().toString());
        Map<String, String> vrts = new LinkedHashMap<>();
        r.vrts().forEach((l, p) -> vrts.put(l.suffix(), p.toAbsolutePath().normalize().toString()));
        m.put("vrts", vrts);
        m.put("written", r.written());
        m.put("reused", r.reused());
        m.put("catalogued", r.catalogued());
        m.put("seconds", r.elapsed().toMillis() / 1000.0);
        return m;
    }

    static Map<String, Object> toMap(SampleResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("root", r.root().toAbsolutePath().normalize().toString());
        m.put("template", r.template());
        m.put("pattern", r.pattern());
        m.put("rows", r.rows().toString());
        m.put("cols", r.cols().toString());
        m.put("res", r.res());
        m.put("tile_size", r.tileSize());
        m.put("written", r.written().stream().map(TileIndex::toString).toList());
        m.put("reused", r.reused().stream().map(TileIndex::toString).toList());
        m.put("missing", r.missing().stream().map(TileIndex::toString).toList());
        m.put("seconds", r.elapsed().toMillis() / 1000.0);
        return m;
    }
}
