package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nunatak.UnsupportedFormatException;
import nunatak.source.ByteRange;
import nunatak.testing.GdalRead;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JPEG and WebP blocks as GDAL writes them, read as GDAL reads them: YCbCr JPEG comes back as RGB as GDAL
 * returns it, with the tables shared in JPEGTables, and the JDK's reader agrees with TwelveMonkeys'; lossless
 * WebP is exact; lossy WebP is refused (the only WebP decoder at hand differs from libwebp).
 */
class GdalLossyCodecTest extends GdalWrittenFiles {
    /** A smooth RGB(A) scene with some texture: 517 x 300, so tiles and strips are partial at the edges. */
    private static final String WRITE = String.join("\n",
            "path, driver, bands, options = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4].split()",
            "h, w = 300, 517",
            "y, x = np.mgrid[0:h, 0:w]",
            "rng = np.random.default_rng(7)",
            "planes = [128 + 100 * np.sin(x / 40.0) * np.cos(y / 30.0), x * 255.0 / w, y * 255.0 / h,",
            "          np.where((x // 50 + y // 50) % 2 == 0, 255, 64)]",
            "src = gdal.GetDriverByName('MEM').Create('', w, h, bands, gdal.GDT_Byte)",
            "for i in range(bands):",
            "    p = planes[i] + (rng.normal(0, 6, (h, w)) if i < 3 else 0)",
            "    src.GetRasterBand(i + 1).WriteArray(np.clip(np.rint(p), 0, 255).astype(np.uint8))",
            "if bands == 4:",
            "    src.GetRasterBand(4).SetColorInterpretation(gdal.GCI_AlphaBand)",
            "gdal.GetDriverByName(driver).CreateCopy(path, src, options=options)");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "jpeg-ycbcr-tiled; GTiff; 3; COMPRESS=JPEG PHOTOMETRIC=YCBCR TILED=YES; JPEG",
        "jpeg-ycbcr-strips; GTiff; 3; COMPRESS=JPEG PHOTOMETRIC=YCBCR BLOCKYSIZE=32; JPEG",
        "jpeg-rgb; GTiff; 3; COMPRESS=JPEG PHOTOMETRIC=RGB TILED=YES JPEG_QUALITY=90; JPEG",
        "jpeg-grey; GTiff; 1; COMPRESS=JPEG TILED=YES; JPEG",
        "jpeg-all-tables-in-tiles; GTiff; 3; COMPRESS=JPEG PHOTOMETRIC=YCBCR TILED=YES JPEGTABLESMODE=0; JPEG",
        "jpeg-huffman-shared; GTiff; 1; COMPRESS=JPEG TILED=YES JPEGTABLESMODE=3; JPEG",
        "jpeg-cog-overviews; COG; 3; COMPRESS=JPEG BLOCKSIZE=256 OVERVIEW_RESAMPLING=AVERAGE; JPEG",
        "jpeg-band-interleaved; GTiff; 3; COMPRESS=JPEG INTERLEAVE=BAND TILED=YES; JPEG",
        "webp-lossless-rgb; GTiff; 3; COMPRESS=WEBP WEBP_LOSSLESS=YES TILED=YES; WEBP",
        "webp-lossless-rgba-cog; COG; 4; COMPRESS=WEBP QUALITY=100 OVERVIEW_QUALITY=100 BLOCKSIZE=256; WEBP",
    })
    void readsAsGdal(String name, String driver, int bands, String options, String compression) {
        Path file = write(name, driver, bands, options);
        GdalRead gdal = GdalRead.of(file);
        assertTrue(gdal.compression().endsWith(compression), "GDAL wrote " + gdal.compression());
        GeoTiff tif = GeoTiff.open(file.toString());
        assertEquals(Compression.valueOf(compression), tif.level(0).compression());
        double worst = GdalComparisons.assertSameBands(tif, gdal, 1);
        // Measured: every JPEG case here and lossless WebP are bit for bit GDAL's; keep it that way.
        assertEquals(0, worst, "largest difference from GDAL");
        if (compression.equals("JPEG")) {
            assertTheJdkReaderAgrees(tif);
        }
    }

    /** Lossy WebP is refused with the file, the block and the fix, never read with a decoder that differs. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "webp-lossy-rgb; GTiff; 3; COMPRESS=WEBP TILED=YES",
        "webp-lossy-rgba-cog; COG; 4; COMPRESS=WEBP QUALITY=80 BLOCKSIZE=256",
    })
    void lossyWebpIsRefused(String name, String driver, int bands, String options) {
        Path file = write(name, driver, bands, options);
        GeoTiff tif = GeoTiff.open(file.toString());
        assertEquals(bands, tif.bandCount(), "the header is read");
        UnsupportedFormatException e = assertThrows(UnsupportedFormatException.class,
                () -> tif.read(0, 2, Window.of(10, 10)));
        assertTrue(e.getMessage().contains(file.getFileName().toString()) && e.getMessage().contains("block (0, 0)")
                && e.getMessage().contains("lossy WebP") && e.getMessage().contains("WEBP_LOSSLESS=YES"), e.getMessage());
    }

    /** The JDK's own JPEG reader decodes every block of level 0 to the same bytes as the one nunatak uses. */
    private static void assertTheJdkReaderAgrees(GeoTiff tif) {
        ImageLevel l = tif.level(0);
        BlockCodec ours = BlockCodec.of(l);
        BlockCodec jdk = new ImageIoCodec(ImageIoCodec.Reader.JDK_JPEG, l.jpegTables(), l.blockWidth(), l.samplesPerPixel());
        for (int band = 1; band <= (l.bandSeparate() ? l.bands() : 1); band++) {
            for (int by = 0; by < l.blocksDown(); by++) {
                for (int bx = 0; bx < l.blocksAcross(); bx++) {
                    int i = l.blockIndex(band, bx, by);
                    ByteRange r = new ByteRange(l.offsets()[i], l.byteCounts()[i]); // without GDAL's leader and trailer
                    byte[] bytes = tif.reader().readAll(List.of(r)).get(0);
                    int n = l.decodedBytes(by);
                    byte[] a = new byte[n + BlockCodec.PADDING];
                    byte[] b = new byte[n + BlockCodec.PADDING];
                    try {
                        ours.decode(bytes, 0, bytes.length, a, n);
                        jdk.decode(bytes, 0, bytes.length, b, n);
                    } catch (BlockCodec.CorruptBlockException e) {
                        throw new AssertionError(e);
                    }
                    assertArrayEquals(a, b, "block (" + bx + ", " + by + ") of band " + band);
                }
            }
        }
    }

    private static Path write(String name, String driver, int bands, String options) {
        return write(name + ".tif", WRITE, driver, Integer.toString(bands), options);
    }
}
