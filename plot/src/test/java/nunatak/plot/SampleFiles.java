package nunatak.plot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests leave figures for people to look at (target/plot-samples, or -Dnunatak.plot.samples). */
final class SampleFiles {
    private SampleFiles() {
    }

    static Path file(String name) {
        Path dir = Path.of(System.getProperty("nunatak.plot.samples", "target/plot-samples"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(name);
    }
}
