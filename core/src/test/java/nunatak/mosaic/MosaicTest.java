package nunatak.mosaic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nunatak.BadContentException;
import nunatak.NotFoundException;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.Grid;
import nunatak.testing.Fixtures;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.Raster;
import nunatak.tiff.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MosaicTest {
    private static final String TEMPLATE = "{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";

    private static MosaicSpec spec(String root, String rows, String cols) {
        return MosaicSpec.of(root + "/" + TEMPLATE).withRows(IndexRange.parse(rows).indices())
                .withCols(IndexRange.parse(cols).indices());
    }

    @Test
    void missingTilesAreNaNAndListed() {
        MosaicLayout m = Mosaic.open(spec(Fixtures.remaMini().toString(), "40:37", "20:23"));
        assertEquals(1000, m.rows());
        assertEquals("38_21", Mosaic.describeMissing(m));
        MosaicTile missing = m.tiles().stream().filter(t -> t.id().equals("38_21")).findFirst().orElseThrow();
        assertFalse(missing.present());
        assertEquals(500, missing.row0(), "the cell from y = 800000 down to 700000 m");
        assertEquals(250, missing.col0(), "the cell from x = -1000000 m");
        assertEquals(-1099800.0, m.grid().x(0));
        assertEquals(999800.0, m.grid().y(0));
    }

    @Test
    void missingTilesAreAnErrorWhenAskedNamingThem() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> Mosaic.open(
                spec(Fixtures.remaMini().toString(), "40:37", "20:23").withOnMissing(MissingPolicy.ERROR)));
        assertTrue(e.getMessage().contains("38_21"), e.getMessage());
    }

    @Test
    void tilesArePlacedByTheirGeoreferencingInWhateverOrderTheyAreListed() {
        MosaicLayout north = Mosaic.open(spec(Fixtures.remaMini().toString(), "40:37", "20:23"));
        MosaicLayout south = Mosaic.open(spec(Fixtures.remaMini().toString(), "37:40", "23:20"));
        assertEquals(north.grid(), south.grid());
        MosaicTile a = north.tiles().stream().filter(t -> t.id().equals("39_22")).findFirst().orElseThrow();
        MosaicTile b = south.tiles().stream().filter(t -> t.id().equals("39_22")).findFirst().orElseThrow();
        assertEquals(a, b);
    }

    @Test
    void tilesOffTheGridByPartOfAPixelAreRefusedNamingBoth(@TempDir Path dir) throws Exception {
        Path shifted = dir.resolve("40_21/40_21_400m_dem_COG_LZW.tif");
        Files.createDirectories(shifted.getParent());
        nunatak.tiff.GeoTiff src = nunatak.tiff.GeoTiff.open(Fixtures.remaMini().resolve("40_21/40_21_400m_dem_COG_LZW.tif").toString());
        double[] gt = src.geo().geoTransform();
        gt[0] += 100; // a quarter pixel east
        float[] v = ((nunatak.tiff.Samples.F32) src.read(nunatak.tiff.Window.of(src.width(), src.height())).samples()).values();
        nunatak.tiff.CogWriter.write(shifted, v, nunatak.tiff.RasterSpec.of(src.width(), src.height(), src.dataType())
                .withGeo(new nunatak.tiff.GeoReference(gt, 3031, nunatak.tiff.GeoReference.RasterType.AREA, null))
                .withNodata(-9999),
                nunatak.tiff.CogWriteOptions.DEFAULT);
        link(dir, 40, 20, Fixtures.remaMini().resolve("40_20/40_20_400m_dem_COG_LZW.tif"));
        BadContentException e = assertThrows(BadContentException.class, () -> Mosaic.open(spec(dir.toString(), "40", "20:21")));
        assertTrue(e.getMessage().contains("not on one pixel grid") && e.getMessage().contains("40_21")
                && e.getMessage().contains("40_20") && e.getMessage().contains("0.25"), e.getMessage());
    }

    @Test
    void tilesOfDifferentResolutionAreRefused(@TempDir Path dir) throws IOException {
        link(dir, 40, 20, Fixtures.remaMini().resolve("40_20/40_20_400m_dem_COG_LZW.tif"));
        link(dir, 40, 21, Fixtures.cog("lzw.tif"));
        BadContentException e = assertThrows(BadContentException.class, () -> Mosaic.open(spec(dir.toString(), "40", "20:21")));
        assertTrue(e.getMessage().contains("differ"), e.getMessage());
    }

    @Test
    void aCorruptTileIsAnErrorNotNaN(@TempDir Path dir) throws IOException {
        Path good = Fixtures.remaMini().resolve("40_20/40_20_400m_dem_COG_LZW.tif");
        byte[] bytes = Files.readAllBytes(good);
        for (int k = 0; k < 40; k++) {
            bytes[bytes.length - 2000 + k * 7] ^= (byte) 0x5A;
        }
        Path tile = dir.resolve("40_20/40_20_400m_dem_COG_LZW.tif");
        Files.createDirectories(tile.getParent());
        Files.write(tile, bytes);
        DataArray a = DataArray.open(spec(dir.toString(), "40", "20"));
        BadContentException e = assertThrows(BadContentException.class,
                () -> a.coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean().compute());
        assertTrue(e.getMessage().contains(tile.getFileName().toString()), e.getMessage());
    }

    @Test
    void anOverviewLevelGivesAPreviewWithTheOverviewsCoordinates() {
        DataArray preview = DataArray.open(spec(Fixtures.remaMini().toString(), "40:37", "20:23").withOverview(1));
        assertEquals(List.of(500, 500), List.of(preview.shape()[0], preview.shape()[1]));
        assertEquals(-1100000 + 400.0, preview.coord("x")[0]);
        assertEquals(1000000 - 400.0, preview.coord("y")[0]);
        assertEquals(-700000 - 400.0, preview.coord("x")[499]);
        Grid g = preview.where(Condition.gt(-1e30)).compute().values();
        Raster direct = GeoTiff.open(Fixtures.remaMini().resolve("39_22/39_22_400m_dem_COG_LZW.tif").toString())
                .read(1, Window.of(125, 125));
        for (int y = 0; y < 125; y += 13) {
            for (int x = 0; x < 125; x += 11) {
                assertEquals(direct.value(y, x), g.get(125 + y, 250 + x));
            }
        }
    }

    private static void link(Path dir, int i, int j, Path target) throws IOException {
        Path p = dir.resolve(String.format("%02d_%02d/%02d_%02d_400m_dem_COG_LZW.tif", i, j, i, j));
        Files.createDirectories(p.getParent());
        Files.createSymbolicLink(p, target);
    }
}
