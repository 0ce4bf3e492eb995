package nunatak.sample;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nunatak.NunatakException;

/** Writes a small file so that it appears under its name only complete, as the tiles do. */
final class SampleFiles {
    private SampleFiles() {
    }

    static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new NunatakException("cannot write " + file + " (" + e + "); check that the directory is "
                    + "writable and has free space", e);
        }
    }
}
