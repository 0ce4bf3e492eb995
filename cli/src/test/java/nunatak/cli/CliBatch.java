package nunatak.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs several command lines in one fresh JVM, for tests that need a process of their own (per-JVM hash
 * seeds): one command per line of the file given, arguments separated by tabs; stops at the first failure.
 *
 * <pre>{@code
 * java -cp ... nunatak.cli.CliBatch commands.tsv
 * }</pre>
 */
public final class CliBatch {
    private CliBatch() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines) {
            int code = Main.run(line.split("\t"));
            if (code != 0) {
                System.exit(code);
            }
        }
        System.exit(0);
    }
}
