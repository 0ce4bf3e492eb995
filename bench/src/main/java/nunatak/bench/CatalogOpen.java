package nunatak.bench;

import java.util.Locale;
import nunatak.catalog.Region;
import nunatak.catalog.StacCatalog;
import nunatak.catalog.TileCatalog;
import nunatak.catalog.VrtCatalog;
import nunatak.source.IoStats;
import nunatak.source.SourceOptions;

/**
 * Times opening a catalog: a static STAC collection or a GDAL VRT, read {@code repeat} times in one JVM (the
 * first read includes class loading and JIT warm-up). Prints one machine-readable line per read:
 * {@code <kind> <run> <tiles> <requests> <seconds>}, requests counted by the reader's own I/O counters.
 * Used by bench/catalog-open.sh.
 *
 * <pre>java -cp bench/target/benchmarks.jar nunatak.bench.CatalogOpen stac|vrt URL [REPEAT]
 *     [XMIN,YMIN,XMAX,YMAX|all] [CONCURRENCY]</pre>
 */
public final class CatalogOpen {
    private CatalogOpen() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || !(args[0].equals("stac") || args[0].equals("vrt"))) {
            System.err.println("usage: CatalogOpen stac|vrt URL [REPEAT] [XMIN,YMIN,XMAX,YMAX|all] [CONCURRENCY]");
            System.exit(2);
        }
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Region region = Region.ALL;
        if (args.length > 3 && !args[3].equals("all")) {
            String[] b = args[3].split(",");
            region = Region.ofXy(Double.parseDouble(b[0]), Double.parseDouble(b[1]), Double.parseDouble(b[2]),
                    Double.parseDouble(b[3]));
        }
        // No cache: every run fetches what it reads, as a first open in a fresh JVM does.
        SourceOptions options = SourceOptions.DEFAULT.withCacheBytes(0)
                .withIoConcurrency(args.length > 4 ? Integer.parseInt(args[4]) : SourceOptions.DEFAULT.ioConcurrency());
        for (int run = 1; run <= repeat; run++) {
            long requests = IoStats.requests();
            long start = System.nanoTime();
            TileCatalog c = args[0].equals("stac") ? StacCatalog.read(args[1], region, options)
                    : VrtCatalog.read(args[1], 1, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(String.format(Locale.ROOT, "%s %d %d %d %.3f", args[0], run, c.tiles().size(),
                    IoStats.requests() - requests, seconds));
        }
    }
}
