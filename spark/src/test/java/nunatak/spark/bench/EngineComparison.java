package nunatak.spark.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicSpec;
import nunatak.spark.SparkEngine;

/**
 * Times the notebook's {@code where(> 0).coarsen(100).mean()} on the local engine and on Spark {@code local[*]}
 * over the same synthetic REMA mosaic, in one JVM, after one warm-up run each, and prints them side by side.
 * Run it with {@code bench/engine-comparison.sh}.
 *
 * <pre>{@code
 * EngineComparison [--dir /tmp/nunatak-bench] [--metres 32] [--runs 3] [--master local[*]]
 * }</pre>
 */
public final class EngineComparison {
    private EngineComparison() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new java.util.HashMap<>(Map.of("--dir", System.getProperty("java.io.tmpdir")
                + "/nunatak-bench", "--metres", "32", "--runs", "3", "--master", "local[*]"));
        for (int k = 0; k + 1 < args.length; k += 2) {
            opt.put(args[k], args[k + 1]);
        }
        int metres = Integer.parseInt(opt.get("--metres"));
        int runs = Integer.parseInt(opt.get("--runs"));
        Path dir = Path.of(opt.get("--dir"), metres + "m");
        SyntheticRema.ensure(dir, metres);

        DataArray lazy = DataArray.open(MosaicSpec.of(SyntheticRema.template(dir, metres))
                        .withRows(List.of(40, 39, 38, 37)).withCols(List.of(20, 21, 22, 23)))
                .where(Condition.gt(0)).coarsen(Map.of("y", 100, "x", 100), Boundary.TRIM).mean();
        long t = System.nanoTime();
        try (SparkEngine spark = SparkEngine.builder().master(opt.get("--master")).conf("spark.ui.enabled", "false")
                .build()) {
            double start = seconds(t);
            Engine local = Engine.local();
            double coldLocal = time(lazy, local);
            double coldSpark = time(lazy, spark);
            double[] l = new double[runs];
            double[] s = new double[runs];
            for (int r = 0; r < runs; r++) {
                l[r] = time(lazy, local);
                s[r] = time(lazy, spark);
            }
            int[] shape = lazy.shape();
            System.out.printf(Locale.ROOT, "coarsen(100).mean() of a %d m mosaic, %d x %d -> %d x %d, %d cores%n",
                    metres, lazy.size("y") * 100, lazy.size("x") * 100, shape[0], shape[1],
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-22s %12s %16s%n", "", local.name(), spark.name());
            System.out.printf(Locale.ROOT, "%-22s %12s %15.2fs%n", "engine start", "-", start);
            System.out.printf(Locale.ROOT, "%-22s %11.2fs %15.2fs%n", "first run (cold JIT)", coldLocal, coldSpark);
            for (int r = 0; r < runs; r++) {
                System.out.printf(Locale.ROOT, "%-22s %11.2fs %15.2fs%n", "run " + (r + 1), l[r], s[r]);
            }
            double ml = median(l);
            double ms = median(s);
            System.out.printf(Locale.ROOT, "%-22s %11.2fs %15.2fs   spark/local = %.2f%n", "median", ml, ms, ms / ml);
            System.out.println("spark job: " + spark.lastJob());
        }
    }

    private static double time(DataArray lazy, Engine engine) {
        long t = System.nanoTime();
        lazy.compute(engine);
        return seconds(t);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
