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
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.RemaGrid;
import nunatak.sample.SampleMosaic;
import nunatak.sample.SampleOptions;
import nunatak.sample.SampleResult;
import nunatak.sample.TileIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak sample --root DIR}: synthetic REMA-like tiles in REMA's layout, to try the tools without the
 * bucket. Prints the template, rows and columns to open the mosaic with afterwards.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Generate synthetic REMA-like elevation "
        + "tiles (ice sheet, mountains, glacier troughs, ocean <= 0, voids of nodata -9999) as COGs on REMA's tile "
        + "grid and with REMA's names. Existing tiles are kept unless --force.")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--root", required = true, paramLabel = "DIR", description = "Directory to write the tiles under.")
    Path root;

    @Option(names = "--rows", defaultValue = "40:37", paramLabel = "FIRST:LAST",
            description = "Tile rows (default: ${DEFAULT-VALUE}).")
    String rows;

    @Option(names = "--cols", defaultValue = "20:23", paramLabel = "FIRST:LAST",
            description = "Tile columns (default: ${DEFAULT-VALUE}).")
    String cols;

    @Option(names = "--res", defaultValue = "8", paramLabel = "METRES",
            description = "Pixel size; 8 gives REMA's 12500 x 12500 tiles, 400 gives 250 x 250 (default: ${DEFAULT-VALUE}).")
    int res;

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
        Set<TileIndex> leaveOut = missing.stream().map(String::trim).filter(s -> !s.isEmpty()).map(TileIndex::parse)
                .collect(Collectors.toSet());
        SampleOptions o = SampleOptions.defaults(root).withRows(IndexRange.parse(rows)).withCols(IndexRange.parse(cols))
                .withRes(res).withMissing(leaveOut).withSeed(seed).withTemplate(template).withForce(force)
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
