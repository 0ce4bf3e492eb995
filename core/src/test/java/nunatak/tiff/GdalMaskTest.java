package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.source.ByteRange;
import nunatak.testing.GdalRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GDAL's internal masks (GDAL_TIFF_INTERNAL_MASK=YES: an IFD with NewSubfileType 4, 1-bit samples, DEFLATE) and
 * their overviews (NewSubfileType 5) are recognised, never taken for images, and read as GetMaskBand reads them.
 */
class GdalMaskTest extends GdalWrittenFiles {
    /** A float32 DEM and a mask with a hole, an edge strip and scattered pixels, 333 x 250 (partial blocks). */
    private static final String WRITE = String.join("\n",
            "path, driver, options, dtype = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4]",
            "gdal.SetConfigOption('GDAL_TIFF_INTERNAL_MASK', 'YES')",
            "h, w = 250, 333",
            "y, x = np.mgrid[0:h, 0:w]",
            "src = gdal.GetDriverByName('MEM').Create('', w, h, 1, gdal.GetDataTypeByName(dtype))",
            "src.GetRasterBand(1).WriteArray((x * 7 + y * 3) % 200 + 1)",
            "src.CreateMaskBand(gdal.GMF_PER_DATASET)",
            "valid = ((x - 150) ** 2 + (y - 120) ** 2 > 40 ** 2) & (x < 320) & ((x * 31 + y * 17) % 23 != 0)",
            "src.GetRasterBand(1).GetMaskBand().WriteArray(np.where(valid, 255, 0).astype(np.uint8))",
            "if driver == 'GTiff':",
            "    ds = gdal.GetDriverByName('GTiff').CreateCopy(path, src, options=options)",
            "    if 'OVERVIEWS' in sys.argv[5:]:",
            "        ds.BuildOverviews('NEAREST', [2, 4])",
            "    ds = None",
            "else:",
            "    gdal.GetDriverByName('COG').CreateCopy(path, src, options=options)");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "gtiff-no-overviews; GTiff; TILED=YES COMPRESS=LZW; Float32; ",
        "gtiff-strips; GTiff; COMPRESS=DEFLATE BLOCKYSIZE=16; Int16; ",
        "gtiff-overviews; GTiff; TILED=YES BLOCKXSIZE=64 BLOCKYSIZE=64 COMPRESS=ZSTD; Float32; OVERVIEWS",
        "cog-overviews; COG; BLOCKSIZE=128 COMPRESS=LZW OVERVIEW_RESAMPLING=NEAREST; Float32; ",
        "cog-jpeg; COG; BLOCKSIZE=128 COMPRESS=JPEG; Byte; ",
    })
    void masksAsGdalReadsThem(String name, String driver, String options, String dtype, String extra) {
        Path file = write(name + ".tif", WRITE, driver, options, dtype, extra == null ? "" : extra);
        GdalRead gdal = GdalRead.of(file);
        assertEquals(2, gdal.maskFlags(), "GDAL sees a per-dataset mask (GMF_PER_DATASET)");
        GeoTiff tif = GeoTiff.open(file.toString());
        assertTrue(tif.hasMask());
        assertEquals(gdal.levels().size(), tif.masks().size(), "one mask per level");
        for (int k = 0; k < tif.levels().size(); k++) {
            ImageLevel mask = tif.mask(k).orElseThrow();
            assertTrue(mask.isMask() && mask.bitsPerSample() == 1, "a 1-bit mask");
            assertEquals(tif.level(k).width(), mask.width());
            assertFalse(tif.level(k).isMask(), "a mask is never taken for an image");
        }
        GdalComparisons.assertSameBands(tif, gdal, 0);
        GdalComparisons.assertSameMasks(tif, gdal);

        // Block-level, as an engine applies it: mask blocks cover the same pixels as the image blocks.
        int last = tif.levels().size() - 1;
        ImageLevel l = tif.level(last);
        int bx = l.blocksAcross() - 1;
        int by = l.blocksDown() - 1;
        ByteRange range = tif.maskBlockRange(last, bx, by);
        Samples mask = tif.decodeMaskBlock(last, bx, by, range, tif.reader().readAll(List.of(range)).get(0));
        Samples values = tif.readBlock(last, bx, by);
        GeoTiff.applyMask(values, mask);
        Raster expected = tif.readMasked(last, 1, new Window(bx * l.blockWidth(), by * l.blockHeight(),
                l.width() - bx * l.blockWidth(), l.height() - by * l.blockHeight()));
        assertEquals(expected.value(0, 0), values.get(0), 0.0);
        assertEquals(Double.isNaN(expected.value(0, 0)), Double.isNaN(values.get(0)));
    }

    @Test
    void aFileWithoutMaskSaysSo() {
        GeoTiff tif = GeoTiff.open(nunatak.testing.Fixtures.cog("lzw.tif").toString());
        assertFalse(tif.hasMask());
        assertTrue(tif.mask(0).isEmpty());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> tif.readMask(0, Window.of(1, 1)));
        assertTrue(e.getMessage().contains("lzw.tif") && e.getMessage().contains("no internal mask"), e.getMessage());
        assertEquals(tif.read(0, 1, Window.of(5, 5)).value(2, 2), tif.readMasked(0, 1, Window.of(5, 5)).value(2, 2), 0.0,
                "nothing to apply");
    }
}
