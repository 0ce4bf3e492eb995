package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import nunatak.testing.GdalRead;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GDAL_NODATA as GDAL reads it: the text parsed as CPLAtofM parses it, the value represented in the band's type
 * (float32 rounding; integers out of range ignored, non-integral ones truncated as GDAL's mask truncates), the
 * pixels it marks exactly those GDAL's nodata mask marks, and never-written blocks filled as GDAL fills them.
 */
class GdalNodataTest extends GdalWrittenFiles {
    /**
     * Writes a 64 x 1 row holding the pixels given and a sparse second tile, with GDAL_NODATA = a placeholder that
     * is then replaced, in the file's bytes, by the exact text under test (GDAL would reformat it).
     */
    private static final String WRITE = String.join("\n",
            "path, dtype, text = sys.argv[1], sys.argv[2], sys.argv[3]",
            "pixels = [float(p) for p in sys.argv[4].split()]",
            "ds = gdal.GetDriverByName('GTiff').Create(path, 32, 16, 1, gdal.GetDataTypeByName(dtype),",
            "    options=['TILED=YES', 'BLOCKXSIZE=16', 'BLOCKYSIZE=16', 'SPARSE_OK=TRUE'])",
            "row = np.zeros((1, 16)); row[0, :len(pixels)] = pixels",
            "ds.GetRasterBand(1).WriteArray(np.repeat(row, 16, axis=0).astype(gdal.GetDataTypeName(ds.GetRasterBand(1).DataType).lower().replace('byte', 'uint8')))",
            "ds.GetRasterBand(1).SetNoDataValue(-1.2345678901234567e+300)",
            "ds = None",
            "data = bytearray(open(path, 'rb').read())",
            "old = b'-1.2345678901234567e+300'",
            "i = data.index(old)",
            "data[i:i + len(old)] = text.encode().ljust(len(old), b' ')",
            "open(path, 'wb').write(bytes(data))");

    @ParameterizedTest(name = "{0} GDAL_NODATA=''{1}''")
    @CsvSource(delimiter = ';', value = {
        "Float32; -3.4e+38; -3.3999999521443642e+38 1 2; -3.3999999521443642E38",
        "Float32; 0.1; 0.1 0.10000000149011612 0.2; 0.10000000149011612",
        "Float32; -9999; -9999 -9999.001 -9998.99 9999; -9999.0",
        "Float32; 1e39; inf 1 2; Infinity",
        "Float32; nan; nan 1 2; NaN",
        "Float32; -1.#IND; 1 2; NaN",
        "Float32; 12abc; 12 13; 12.0",
        "Float32; 0x10; 16 17; 16.0",
        "Float32; 1,5; 1.5 2.5; 1.5",
        "Float32; abc; 0 1; 0.0",
        "Float64; 0.1; 0.1 0.10000000149011612; 0.1",
        "Byte; -10000; 0 1 240 255; none",
        "Byte; 256; 0 255; none",
        "Byte; 1.5; 0 1 2; 1.0",
        "Byte; -0.4; 0 1; none",
        "Int16; 40000; -25536 0 32767; none",
        "Int16; -0.4; 0 -1 1; 0.0",
        "Int16; -1.5; -2 -1 1; -1.0",
        "UInt16; -1; 65535 0; none",
        "UInt32; 4294967296; 0 1 4294967295; none",
        "Int32; 2.5; 1 2 3; 2.0",
        "Int32; nan; 0 1; none",
    })
    void nodataAsGdal(String dtype, String text, String pixels, String expected) {
        Path file = write(dtype + "-" + Integer.toHexString(text.hashCode()) + ".tif", WRITE, dtype, text, pixels);
        GdalRead gdal = GdalRead.of(file);
        GeoTiff tif = GeoTiff.open(file.toString());
        Nodata nodata = tif.nodataInfo();
        assertEquals(text, nodata.text().strip(), "GDAL_NODATA as stored");
        if (expected.equals("none")) {
            assertTrue(tif.nodata().isEmpty(), "GDAL ignores " + text + " for " + dtype + "; we read " + tif.nodata());
            assertTrue(nodata.note().contains("does not fit") && nodata.note().contains("ignored as GDAL does"),
                    nodata.note());
            assertEquals(1, gdal.maskFlags() == 8 ? 1 : gdal.maskFlags(), "GDAL's mask: all valid");
        } else {
            assertEquals(Double.parseDouble(expected), tif.nodata().orElseThrow(), 0.0, "nodata in the band's type");
            if (dtype.startsWith("Float")) {
                assertEquals(gdal.nodata(), tif.nodata().orElseThrow(), 0.0, "GetNoDataValue()");
            }
        }
        // The pixels nodata marks are those GDAL's mask marks, sparse tile included.
        GdalRead.Level g = gdal.level(0);
        Raster r = tif.read(0, 1, Window.of(g.width(), g.height()));
        GdalComparisons.compare(g.band(1), r.samples(), 0, "pixels (sparse tile filled as GDAL fills it)");
        for (int i = 0; i < g.mask().length; i++) {
            boolean ours = nodata.matches(r.samples().get(i));
            if (ours != (g.mask()[i] == 0)) {
                fail(dtype + " GDAL_NODATA '" + text + "': pixel " + r.samples().get(i) + " is " + (ours ? "" : "not ")
                        + "nodata for us, GDAL's mask says " + g.mask()[i]);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"-3.4e+38", "0.1"})
    void floatNoteSaysHowGdalCompares(String text) {
        Nodata n = Nodata.of(text, DataType.FLOAT32);
        assertTrue(n.note().contains("as float32"), n.note());
        assertNull(Nodata.of(text, DataType.FLOAT64).note());
        assertNull(Nodata.of("-9999", DataType.FLOAT32).note(), "exact in float32: nothing to say");
    }
}
