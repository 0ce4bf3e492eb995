package nunatak.viewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A viewer over the tests' mosaic for a whole test class: the mosaic is written and the server started before the
 * class's tests, both removed after them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RunningViewer viewer = new RunningViewer();
 * ... viewer.http().get("/api/info") ...
 * }</pre>
 */
final class RunningViewer implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private TestMosaic mosaic;
    private ViewerServer server;
    private Http http;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("nunatak-viewer-test");
        mosaic = TestMosaic.write(dir);
        server = ViewerServer.start(mosaic.source(), ViewerOptions.defaults().withPort(0));
        http = new Http(server.url());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    TestMosaic mosaic() {
        return mosaic;
    }

    ViewerServer server() {
        return server;
    }

    Http http() {
        return http;
    }

    Path dir() {
        return dir;
    }
}
