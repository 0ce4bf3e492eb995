package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nunatak.UnsupportedFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What nunatak does not read is refused on opening, in one line naming the file, the tag and its value. */
class GdalUnsupportedTest extends GdalWrittenFiles {
    private static final String WRITE = String.join("\n",
            "path, dtype, options = sys.argv[1], sys.argv[2], sys.argv[3].split()",
            "ds = gdal.GetDriverByName('GTiff').Create(path, 40, 30, 1, gdal.GetDataTypeByName(dtype), options=options)",
            "ds.GetRasterBand(1).Fill(1)",
            "ds = None");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "Byte; NBITS=1; BitsPerSample (258) = 1",
        "CInt16; ; SampleFormat (339) = 5 (complex)",
        "CFloat32; ; SampleFormat (339) = 6 (complex)",
        "Float32; COMPRESS=LERC; Compression (259) = 34887 (LERC)",
        "Byte; COMPRESS=LZMA; Compression (259) = 34925 (LZMA)",
        "Byte; COMPRESS=CCITTFAX4 NBITS=1; BitsPerSample (258) = 1",
        "Byte; NBITS=4; samples of 4 bits",
    })
    void refusedNamingTheTag(String dtype, String options, String expected) {
        Path file = write(dtype + Integer.toHexString(String.valueOf(options).hashCode()) + ".tif", WRITE, dtype,
                options == null ? "" : options);
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class,
                () -> GeoTiff.open(file.toString()));
        assertTrue(e.getMessage().contains(file.getFileName().toString()) && e.getMessage().contains(expected),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }
}
