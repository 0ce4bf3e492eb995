package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import nunatak.source.ByteRange;
import nunatak.testing.GdalRead;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Any band of multi-band files, pixel- and band-interleaved, tiled and striped, bit for bit as GDAL reads it. */
class GdalMultiBandTest extends GdalWrittenFiles {
    /** Three different bands (so a wrong band shows), 301 x 203 so blocks are partial at the edges. */
    private static final String WRITE = String.join("\n",
            "path, interleave, tiled, dtype, compress, predictor = sys.argv[1:7]",
            "h, w = 203, 301",
            "y, x = np.mgrid[0:h, 0:w]",
            "bands = [x * 3 + y, 1000 - y * 2 + (x % 7), (x * y) % 251 - 100]",
            "opts = ['INTERLEAVE=' + interleave, 'COMPRESS=' + compress, 'PREDICTOR=' + predictor]",
            "opts += ['TILED=YES', 'BLOCKXSIZE=64', 'BLOCKYSIZE=32'] if tiled == 'yes' else ['BLOCKYSIZE=10']",
            "ds = gdal.GetDriverByName('GTiff').Create(path, w, h, 3, gdal.GetDataTypeByName(dtype), options=opts)",
            "for i, b in enumerate(bands):",
            "    ds.GetRasterBand(i + 1).WriteArray(b)",
            "ds.BuildOverviews('NEAREST', [2]) if tiled == 'yes' else None",
            "ds = None");

    @ParameterizedTest(name = "{0} {1} {2} {3} predictor {4}")
    @CsvSource({
        "PIXEL, yes, Int16, LZW, 2",
        "BAND, yes, Int16, DEFLATE, 2",
        "PIXEL, no, Float32, LZW, 3",
        "BAND, no, Float32, ZSTD, 3",
        "PIXEL, yes, Byte, NONE, 1",
        "BAND, no, UInt16, PACKBITS, 1",
    })
    void everyBandAsGdalReadsIt(String interleave, String tiled, String dtype, String compress, String predictor) {
        Path file = write(interleave + tiled + dtype + compress + ".tif", WRITE, interleave, tiled, dtype, compress,
                predictor);
        GdalRead gdal = GdalRead.of(file);
        assertEquals(interleave, gdal.interleave());
        GeoTiff tif = GeoTiff.open(file.toString());
        assertEquals(interleave.equals("BAND"), tif.level(0).bandSeparate(), "PlanarConfiguration 2");
        GdalComparisons.assertSameBands(tif, gdal, 0);

        // Block-level access, as the engines use it: fetch and decode a block of band 3 separately.
        int bx = tif.level(0).blocksAcross() - 1;
        ByteRange range = tif.blockRange(0, 3, bx, 1);
        byte[] bytes = tif.reader().readAll(List.of(range)).get(0);
        Samples block = tif.decodeBlock(0, 3, bx, 1, range, bytes);
        assertArrayEquals(values(tif.readBlock(0, 3, bx, 1)), values(block));
        if (interleave.equals("BAND")) {
            assertNotEquals(tif.blockRange(0, 1, bx, 1), range, "each band has its own blocks");
        } else {
            assertEquals(tif.blockRange(0, 1, bx, 1), range, "the bands share their blocks");
        }
        assertArrayEquals(values(tif.readBlock(0, 1, bx, 1)), values(tif.readBlocks(0, List.of(new int[] {bx, 1})).get(0)),
                "the band-less methods read band 1");
    }

    private static double[] values(Samples s) {
        double[] d = new double[s.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = s.get(i);
        }
        return d;
    }
}
