package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nunatak.analysis.TerrainProduct;
import nunatak.array.DataArray;
import nunatak.array.Terrain;
import nunatak.engine.Engine;
import nunatak.engine.ProgressListener;
import nunatak.mosaic.MosaicSpec;
import nunatak.testing.Fixtures;
import nunatak.testing.GdalRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The banded GeoTIFF writer of {@code nunatak terrain}: bands of any height give the file one band gives (GDAL
 * reads the same pixels), and the preview is the coarse mean of what was written.
 */
class TerrainGeoTiffTest {
    @TempDir
    Path dir;

    @Test
    void bandsOfAnyHeightWriteTheSamePixels() {
        DataArray dem = DataArray.open(MosaicSpec.of(Fixtures.remaMini() + "/"
                + Fixtures.remaMiniReference().get("template").asText()).withRows(List.of(40, 39, 38, 37))
                .withCols(List.of(20, 21, 22, 23))).maskNodata().selBox(-1050000, 650000, -850000, 850000);
        DataArray slope = Terrain.slope(dem);
        Path one = dir.resolve("one.tif");
        Path many = dir.resolve("many.tif");
        TerrainGeoTiff.Written w1 = TerrainGeoTiff.write(slope, TerrainProduct.SLOPE, one, Engine.local(),
                ProgressListener.NONE, 100, 10_000);
        TerrainGeoTiff.Written w37 = TerrainGeoTiff.write(slope, TerrainProduct.SLOPE, many, Engine.local(),
                ProgressListener.NONE, 100, 37);
        assertEquals(1, w1.bands());
        assertEquals(14, w37.bands()); // 500 rows
        GdalRead a = GdalRead.of(one);
        GdalRead b = GdalRead.of(many);
        assertArrayEquals(a.level(0).band(1), b.level(0).band(1));
        assertArrayEquals(a.level(0).mask(), b.level(0).mask());
        double[] values = slope.compute().toDoubleArray();
        double[] gdal = a.level(0).band(1);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.isNaN(values[i]) ? -9999.0 : (float) values[i], gdal[i], "pixel " + i);
        }
        // 500 x 500 pixels shown as 100 x 100 cells of 5 x 5
        DataArray preview = w37.preview();
        assertArrayEquals(new int[] {100, 100}, preview.shape());
        double sum = 0;
        int n = 0;
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                double v = values[r * 500 + c];
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
        }
        assertTrue(n > 0);
        assertEquals(sum / n, preview.get(0, 0), 1e-4);
        assertEquals((slope.coord("x")[0] + slope.coord("x")[4]) / 2, preview.coord("x")[0], 1e-9);
    }
}
