package nunatak.source;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import nunatak.InvalidArgumentException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;

/** Positional reads of local files ({@code file:} URIs and plain paths). */
public final class FileTransport implements Transport {
    /** Reads at least this large are memory-mapped; below, a mapping costs more than it saves. */
    static final int MAP_FROM = 64 * 1024;

    @Override
    public boolean mergesRanges() {
        return false;
    }


    @Override
    public Fetched fetch(URI uri, ByteRange range) throws TransientFailure {
        Path path = Path.of(uri);
        if (Files.isDirectory(path)) {
            // Linux opens a directory for reading and fails only on read, an I/O error that would be retried.
            throw new InvalidArgumentException(uri + ": is a directory, not a file");
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.max(0, Math.min(range.length(), size - range.offset()));
            byte[] out = new byte[n];
            if (n >= MAP_FROM) {
                // A mapping copies straight from the page cache; read() into a heap array copies twice.
                ch.map(FileChannel.MapMode.READ_ONLY, range.offset(), n).get(out);
                return new Fetched(out, size);
            }
            ByteBuffer buf = ByteBuffer.wrap(out);
            long pos = range.offset();
            while (buf.hasRemaining()) {
                int r = ch.read(buf, pos);
                if (r < 0) {
                    // The file shrank under us: report what we have, the reader decides if that is enough.
                    return new Fetched(Arrays.copyOf(out, buf.position()), pos);
                }
                pos += r;
            }
            return new Fetched(out, size);
        } catch (NoSuchFileException e) {
            throw new NotFoundException(uri + ": no such file").at(uri);
        } catch (AccessDeniedException e) {
            throw new nunatak.AccessDeniedException(uri + ": permission denied (check the file's permissions)");
        } catch (ClosedByInterruptException e) {
            throw new SourceIOException(uri + " (" + range + "): interrupted", e);
        } catch (IOException e) {
            throw new TransientFailure(uri + " (" + range + "): " + e, e);
        }
    }
}
