package nunatak.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.tiff.DataType;
import org.junit.jupiter.api.Test;

/**
 * The presets from the embedded index, against the values of PGC's continental VRTs (the index's source):
 * counts, grids, and a few tiles of each resolution, including half, merged and 2 m quarter tiles.
 */
class RemaV2Test {
    private static final List<Integer> ROWS = List.of(40, 39, 38, 37);
    private static final List<Integer> COLS = List.of(20, 21, 22, 23);

    private static CatalogTile tile(TileCatalog c, String id) {
        return c.tiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void theIndexHasEveryTileAndPgcsContinentalGrids() {
        assertEquals(1523, RemaV2.continent("32m", null, null).tiles().size());
        assertEquals(1523, RemaV2.continent("10m", null, null).tiles().size());
        assertEquals(5800, RemaV2.continent("2m", null, null).tiles().size());
        assertEquals(new Footprint(170318, 182568, new double[] {-2700096, 32, 0, 3342080, 0, -32}, 3031),
                RemaV2Index.grid("32m"));
        assertEquals(new Footprint(545020, 584220, new double[] {-2700100, 10, 0, 3342100, 0, -10}, 3031),
                RemaV2Index.grid("10m"));
        assertEquals(new Footprint(2725100, 2921100, new double[] {-2700100, 2, 0, 3342100, 0, -2}, 3031),
                RemaV2Index.grid("2m"));
    }

    @Test
    void cellsGiveTheirTilesWithTheIndexFootprintsAndNoRequest() {
        TileCatalog c32 = RemaV2.catalog("32m", ROWS, COLS, null, List.of("dem"));
        assertEquals(15, c32.tiles().size(), "16 cells, 40_20 has no tile in REMA v2");
        assertEquals(List.of("40_21", "40_22", "40_23", "39_20"), c32.tiles().subList(0, 4).stream().map(CatalogTile::id).toList());
        assertEquals(new Footprint(3131, 1568, new double[] {-1000096, 32, 0, 950080, 0, -32}, 3031),
                tile(c32, "40_21").footprint(), "the half tile");
        assertEquals(new Footprint(3131, 3131, new double[] {-1100096, 32, 0, 700096, 0, -32}, 3031),
                tile(c32, "37_20").footprint());
        assertEquals("s3://pgc-opendata-dems/rema/mosaics/v2.0/32m/40_21/40_21_32m_v2.0_dem.tif",
                tile(c32, "40_21").assets().get("dem"));
        assertEquals(DataType.FLOAT32, c32.dataType());
        assertEquals(-9999.0, c32.nodata());
        assertNull(c32.grid());
        assertEquals(15, RemaV2.catalog("10m", ROWS, COLS, null, null).tiles().size());

        TileCatalog c2 = RemaV2.catalog("2m", ROWS, COLS, "https://mirror.example.org/v2/", List.of("dem", "mad"));
        assertEquals(58, c2.tiles().size());
        CatalogTile q = tile(c2, "40_21_1_2");
        assertEquals(new Footprint(25100, 25100, new double[] {-950100, 2, 0, 950100, 0, -2}, 3031), q.footprint());
        assertEquals("https://mirror.example.org/v2/2m/40_21/40_21_1_2_2m_v2.0_mad.tif", q.assets().get("mad"));
        assertEquals(List.of("dem", "mad"), List.copyOf(q.assets().keySet()));
    }

    @Test
    void mergedTilesBelongToTheCellTheyAreNamedAfter() {
        CatalogTile merged = RemaV2.catalog("10m", List.of(62), List.of(6), null, null).tiles().get(0);
        assertEquals("62_06s", merged.id());
        assertEquals(new Footprint(21920, 7120, new double[] {-2509100, 10, 0, 3236100, 0, -10}, 3031), merged.footprint());
        assertEquals("s3://pgc-opendata-dems/rema/mosaics/v2.0/10m/62_06s/62_06s_10m_v2.0_dem.tif",
                merged.assets().get("dem"));
        List<CatalogTile> quarters = RemaV2.catalog("2m", List.of(62), List.of(6), null, null).tiles();
        assertEquals(List.of("62_06s_1_1", "62_06s_1_2", "62_06s_2_1", "62_06s_2_2"),
                quarters.stream().map(CatalogTile::id).toList());
        assertArrayEquals(new double[] {-2400500, 3201500 - 18301 * 2, -2400500 + 55301 * 2, 3201500},
                quarters.get(1).footprint().bounds());
    }

    @Test
    void aRegionGivesTheTilesWhoseBuffersReachIt() {
        // A 100 m square on the line between cells 38_21 and 38_22: both tiles' buffers cover it.
        TileCatalog c = RemaV2.covering("32m", Region.ofXy(-900_050, 750_000, -899_950, 750_100), null, null);
        assertEquals(List.of("38_21", "38_22"), c.tiles().stream().map(CatalogTile::id).toList());
        assertThrows(InvalidArgumentException.class, () -> RemaV2.covering("32m", Region.ofLonLat(0, -80, 10, -70),
                null, null));
    }

    @Test
    void layersCarryTheirTypesAndBadRequestsSayWhatExists() {
        TileCatalog count = RemaV2.catalog("32m", List.of(39), List.of(21), null, List.of("count", "dem"));
        assertEquals(DataType.UINT8, count.dataType());
        assertEquals(0.0, count.nodata());
        assertEquals(DataType.INT16, RemaV2.catalog("32m", List.of(39), List.of(21), null, List.of("mindate")).dataType());
        assertTrue(assertThrows(InvalidArgumentException.class, () -> RemaV2.catalog("8m", ROWS, COLS, null, null))
                .getMessage().contains("use 2m, 10m or 32m"));
        assertTrue(assertThrows(InvalidArgumentException.class, () -> RemaV2.catalog("32m", ROWS, COLS, null,
                List.of("slope"))).getMessage().contains("dem, mad, count, mindate, maxdate, datamask, browse"));
        assertThrows(InvalidArgumentException.class, () -> RemaV2.catalog("2m", ROWS, COLS, null, List.of("browse")));
        assertThrows(InvalidArgumentException.class, () -> RemaV2.catalog("32m", List.of(), COLS, null, null));
        assertEquals(0, RemaV2.catalog("32m", List.of(1), List.of(1), null, null).tiles().size());
    }
}
