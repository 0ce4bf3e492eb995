package nunatak.bench;

import java.util.Locale;
import java.util.Map;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.blocks.DecodedBlockCache;
import nunatak.engine.LocalEngine;
import nunatak.mosaic.MosaicSpec;
import nunatak.source.ByteCache;
import nunatak.tiff.GeoTiffCache;

/**
 * The notebook's coarsen ({@code where(da > 0).coarsen(100).mean()}, opening included) run again and again in one
 * JVM, every cache emptied before each run: the first run is what a fresh JVM pays, the later ones the steady state,
 * so the difference is the cold JIT's share. Prints one JSON line per run.
 *
 * <pre>java -Xmx1g -XX:+UseParallelGC -cp bench/target/benchmarks.jar nunatak.bench.CoarsenLoop TEMPLATE ROWS COLS RUNS</pre>
 *
 * e.g. {@code CoarsenLoop 'http://127.0.0.1:8080/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif' 40:37 20:23 6}
 */
public final class CoarsenLoop {
    private CoarsenLoop() {
    }

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: CoarsenLoop TEMPLATE ROWS COLS RUNS");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[3]);
        LocalEngine.Options options = LocalEngine.Options.defaults();
        for (int run = 0; run < runs; run++) {
            ByteCache.shared().clear();
            DecodedBlockCache.shared().clear();
            GeoTiffCache.clear();
            long t0 = System.nanoTime();
            DataArray map = DataArray.open(MosaicSpec.of(args[0]).rows(args[1]).cols(args[2]))
                    .where(Condition.gt(0)).coarsen(Map.of("y", 100, "x", 100)).mean();
            try (LocalEngine engine = new LocalEngine(options)) {
                map = map.compute(engine);
            }
            System.out.printf(Locale.ROOT, "{\"run\": %d, \"seconds\": %.3f, \"job\": \"%s\"}%n", run,
                    (System.nanoTime() - t0) / 1e9, map.job());
        }
    }
}
