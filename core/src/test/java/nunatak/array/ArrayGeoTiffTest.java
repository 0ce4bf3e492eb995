package nunatak.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.mosaic.MosaicSpec;
import nunatak.testing.Fixtures;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrayGeoTiffTest {
    @TempDir
    Path dir;

    @Test
    void aCoarsenedMapRoundTripsWithItsCoordinatesAndNaN() {
        DataArray map = DataArray.open(MosaicSpec.of(Fixtures.remaMini() + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif")
                        .withRows(List.of(40, 39, 38, 37)).withCols(List.of(20, 21, 22, 23)))
                .where(Condition.gt(0)).coarsen(Map.of("y", 7, "x", 7), Boundary.TRIM).mean()
                .assignAttrs(Map.of("long_name", "surface elevation", "units", "m")).compute();
        Path file = dir.resolve("map.tif");
        ArrayGeoTiff.write(map, file);

        GeoTiff tif = GeoTiff.open(file.toString());
        assertEquals(3031, tif.geo().epsg());
        assertTrue(Double.isNaN(tif.nodata().orElseThrow()));
        assertEquals("surface elevation", tif.metadata().stream().filter(m -> m.name().equals("long_name"))
                .findFirst().orElseThrow().value());
        DataArray back = DataArray.open(MosaicSpec.of(file.toString())).compute();
        assertArrayEquals(map.coord("x"), back.coord("x"));
        assertArrayEquals(map.coord("y"), back.coord("y"));
        Grid a = map.values();
        Grid b = back.values();
        for (int i = 0; i < a.values().size(); i++) {
            assertEquals(Double.doubleToLongBits(a.values().get(i)), Double.doubleToLongBits(b.values().get(i)));
        }
    }

    @Test
    void aProfileIsNotAGeoTiff() {
        DataArray p = DataArray.of(Grid.filled(2, 3, Dtype.FLOAT32, 1), new double[] {2, 1}, new double[] {0, 1, 2})
                .isel("y", 0);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> ArrayGeoTiff.write(p, dir.resolve("p.tif")));
        assertTrue(e.getMessage().contains(".csv"), e.getMessage());
    }
}
