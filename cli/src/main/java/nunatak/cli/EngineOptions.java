package nunatak.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.engine.Engine;
import nunatak.engine.EngineProvider;
import nunatak.engine.LocalEngine;
import picocli.CommandLine.Option;

/**
 * Which engine runs the computation. Engines other than local come from their modules through
 * {@link EngineProvider}, so {@code --engine local} never loads Spark.
 */
final class EngineOptions {
    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "Where to compute (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[*], spark://host:7077, k8s://https://host:6443 (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "Spark setting, repeatable, e.g. --conf spark.executor.memory=4g.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = "--parallelism", paramLabel = "N", description = "Local engine: tasks computing at once (default: all cores).")
    int parallelism;

    @Option(names = "--io-threads", paramLabel = "N", description = "Local engine: tasks fetching at once (default: max(4, cores)).")
    int ioThreads;

    /** Creates the engine; one that starts something (a Spark context) reports it as a timed step with its UI. */
    Engine start(Timer timer) {
        if (engine.equals("local")) {
            if (master != null || !conf.isEmpty()) {
                throw new InvalidArgumentException("--master and --conf configure Spark; add --engine spark");
            }
            return local();
        }
        EngineProvider provider = EngineProvider.find(engine).orElseThrow(() -> new InvalidArgumentException(
                "--engine " + engine + " is not available" + (engine.equals("spark")
                        ? ": the nunatak-spark module is not on the class path (use the nunatak launcher or jar)"
                        : "; use --engine local or --engine spark")));
        Engine e;
        try {
            e = provider.create(master, conf);
        } catch (LinkageError missing) {
            throw new NunatakException("--engine " + engine + " needs its libraries on the class path: " + missing,
                    missing);
        }
        String ui = e.dashboardUrl();
        timer.lap("engine", e.name() + (ui == null ? "" : ", dashboard " + ui));
        return e;
    }

    private Engine local() {
        if (parallelism == 0 && ioThreads == 0) {
            return Engine.local();
        }
        LocalEngine.Options d = LocalEngine.Options.defaults();
        return new LocalEngine(new LocalEngine.Options(parallelism > 0 ? parallelism : d.parallelism(),
                ioThreads > 0 ? ioThreads : d.ioThreads(), d.lookahead()));
    }
}
