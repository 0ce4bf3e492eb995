package nunatak.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the block-decoding benchmarks (nunatak.tiff.BlockDecodeBenchmark) on some of the benchmark files and
 * prints one machine-readable line per file and benchmark: {@code <file> <codec|block> <MB/s> <error>}, MB/s
 * of decoded data on one thread, error the 99.9% half-width JMH reports. Used by bench/decode-vs-gdal.sh.
 *
 * <pre>java -cp bench/target/benchmarks.jar nunatak.bench.DecodeRunner DATA_DIR lzw,lzw_pred3 [SECONDS]</pre>
 */
public final class DecodeRunner {
    private DecodeRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        if (args.length < 2) {
            System.err.println("usage: DecodeRunner DATA_DIR FILE[,FILE...] [SECONDS_PER_ITERATION]");
            System.exit(2);
        }
        String dir = Path.of(args[0]).toAbsolutePath().toString();
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        var options = new OptionsBuilder()
                .include("nunatak\\.tiff\\.BlockDecodeBenchmark\\.")
                .param("file", args[1].split(","))
                .threads(1)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("-Dnunatak.decodeData=" + dir)
                .verbosity(VerboseMode.SILENT)
                .build();
        for (RunResult r : new Runner(options).run()) {
            String file = r.getParams().getParam("file");
            String benchmark = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            Result<?> mb = r.getSecondaryResults().get("mb");
            System.out.println(String.format(Locale.ROOT, "%s %s %.1f %.1f", file, benchmark, mb.getScore(),
                    mb.getScoreError()));
        }
    }
}
