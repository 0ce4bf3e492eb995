package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import nunatak.testing.Fixtures;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.Test;

/** A second reader of the same object gets its header from the shared cache and must still learn the size. */
class SharedCacheLengthTest {

    @Test
    void secondReaderOfACachedHeaderKnowsTheLength() throws Exception {
        Path file = Fixtures.cog("int16.tif");
        GeoTiff first = GeoTiff.open(file.toString());
        GeoTiff second = GeoTiff.open(file.toString());
        assertEquals(Files.size(file), first.fileLength());
        assertEquals(Files.size(file), second.fileLength());
        assertEquals(first.width(), second.width());
    }
}
