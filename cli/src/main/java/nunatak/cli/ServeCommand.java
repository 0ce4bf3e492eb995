package nunatak.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nunatak.InvalidArgumentException;
import nunatak.serve.RangeFileServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nunatak serve DIR}: a range-honouring HTTP server on 127.0.0.1, like an object store, until Ctrl-C. */
@Command(name = "serve", description = "Serve a directory over HTTP on 127.0.0.1 with range requests (e.g. a sample mosaic).")
final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path root;

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: a free one).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(root)) {
            throw new InvalidArgumentException(root + " is not a directory");
        }
        RangeFileServer server = RangeFileServer.serve(root, port, RangeFileServer.Policy.SERVE_ALL);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println(server.baseUrl() + "/  serves " + root.toAbsolutePath() + " (Ctrl-C stops)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
