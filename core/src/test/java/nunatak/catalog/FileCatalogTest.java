package nunatak.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File lists: globs expanded and sorted, entries in the order given, no footprints. */
class FileCatalogTest {
    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, new byte[] {0});
    }

    @Test
    void globsAreExpandedSortedAndKeptInTheOrderGiven() throws IOException {
        Path b = touch("32m/39_21/39_21_32m_v2.0_dem.tif");
        Path a = touch("32m/39_20/39_20_32m_v2.0_dem.tif");
        touch("32m/39_20/39_20_32m_v2.0_count.tif");
        Path c = touch("extra/40_21.tif");
        touch("extra/notes.txt");
        TileCatalog cat = FileCatalog.of(List.of(c.toString(), dir + "/32m/**/*_dem.tif",
                "file://" + dir + "/extra/*.tif", "s3://bucket/key/x.tif"));
        assertEquals(List.of(c.toUri().toString(), a.toUri().toString(), b.toUri().toString(), "s3://bucket/key/x.tif"),
                cat.tiles().stream().map(t -> t.assets().get("dem")).toList());
        assertEquals(List.of("40_21", "39_20_32m_v2.0_dem", "39_21_32m_v2.0_dem", "x"),
                cat.tiles().stream().map(CatalogTile::id).toList());
        assertTrue(cat.tiles().stream().allMatch(t -> t.footprint() == null && !t.opaque()));
        assertNull(cat.grid());
        assertNull(cat.dataType());
    }

    @Test
    void aGlobWithoutMatchesARemoteGlobAndADirectoryAreErrors() throws IOException {
        touch("a/x.tif");
        NotFoundException none = assertThrows(NotFoundException.class, () -> FileCatalog.of(List.of(dir + "/a/*.TIF")));
        assertTrue(none.getMessage().contains("no file matches"), none.getMessage());
        assertThrows(InvalidArgumentException.class, () -> FileCatalog.of(List.of("s3://bucket/*.tif")));
        InvalidArgumentException d = assertThrows(InvalidArgumentException.class,
                () -> FileCatalog.of(List.of(dir.resolve("a").toString())));
        assertTrue(d.getMessage().contains("/**/*.tif"), d.getMessage());
        assertThrows(InvalidArgumentException.class, () -> FileCatalog.of(List.of()));
    }
}
