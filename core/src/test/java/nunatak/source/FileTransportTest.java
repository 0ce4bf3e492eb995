package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.NotFoundException;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTransportTest {
    private static final SourceOptions OPTIONS = SourceOptions.DEFAULT
            .withRetry(new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(1)));

    @Test
    void positionalReadsReturnTheFileBytes() throws IOException {
        Path file = Fixtures.cog("lzw.tif");
        byte[] all = Files.readAllBytes(file);
        RangeReader reader = RangeReader.open(file.toString(), OPTIONS);
        List<byte[]> got = reader.readAll(List.of(new ByteRange(5000, 100), new ByteRange(0, 8), new ByteRange(5050, 10)));
        assertArrayEquals(Arrays.copyOfRange(all, 5000, 5100), got.get(0));
        assertArrayEquals(Arrays.copyOfRange(all, 0, 8), got.get(1));
        assertArrayEquals(Arrays.copyOfRange(all, 5050, 5060), got.get(2));
        assertEquals(all.length, reader.length());
        assertArrayEquals(Arrays.copyOfRange(all, all.length - 10, all.length), reader.readUpTo(all.length - 10, 100));
    }

    @Test
    void aMissingFileIsNotFoundAtOnce() {
        NotFoundException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(NotFoundException.class,
                () -> RangeReader.open("/no/such/dir/dem.tif", OPTIONS).readUpTo(0, 10)));
        assertTrue(e.getMessage().startsWith("file:///no/such/dir/dem.tif: no such file"), e::getMessage);
    }

    @Test
    void aDirectoryIsRejectedAtOnceNotRetried(@TempDir Path dir) {
        InvalidArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(
                InvalidArgumentException.class, () -> RangeReader.open(dir.toString(), OPTIONS).readUpTo(0, 10)));
        assertTrue(e.getMessage().contains("is a directory"), e::getMessage);
    }

    @Test
    void readingPastTheEndIsBadContent() {
        BadContentException e = assertThrows(BadContentException.class,
                () -> RangeReader.open(Fixtures.bad("header_only.tif").toString(), OPTIONS).read(new ByteRange(0, 9)));
        assertTrue(e.getMessage().contains("header_only.tif") && e.getMessage().contains("(the object has 8 bytes)"),
                e::getMessage);
    }
}
