package nunatak.cli;

import nunatak.InvalidArgumentException;
import nunatak.engine.Engine;
import nunatak.engine.LocalEngine;
import picocli.CommandLine.Option;

/** Which engine runs the computation. */
final class EngineOptions {
    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "Where to compute (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--parallelism", paramLabel = "N", description = "Local engine: tasks computing at once (default: all cores).")
    int parallelism;

    @Option(names = "--io-threads", paramLabel = "N", description = "Local engine: tasks fetching at once (default: max(4, cores)).")
    int ioThreads;

    Engine create() {
        if (!engine.equals("local")) {
            throw new InvalidArgumentException("--engine " + engine + " is not available; use --engine local");
        }
        if (parallelism == 0 && ioThreads == 0) {
            return Engine.local();
        }
        LocalEngine.Options d = LocalEngine.Options.defaults();
        return new LocalEngine(new LocalEngine.Options(parallelism > 0 ? parallelism : d.parallelism(),
                ioThreads > 0 ? ioThreads : d.ioThreads(), d.lookahead()));
    }
}
