package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import nunatak.testing.Gdal;
import nunatak.testing.GdalRead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code info} and {@code values} on files GDAL wrote: bands, nodata, masks and statistics as GDAL reports them. */
class InfoValuesGdalTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 3 bands of int16, nodata -5 on some pixels, an internal mask, overviews; 200 x 150. */
    private static final String WRITE = String.join("\n",
            "path, nodata, mask = sys.argv[1], sys.argv[2], sys.argv[3] == 'mask'",
            "gdal.SetConfigOption('GDAL_TIFF_INTERNAL_MASK', 'YES')",
            "h, w = 150, 200",
            "y, x = np.mgrid[0:h, 0:w]",
            "ds = gdal.GetDriverByName('GTiff').Create(path, w, h, 3, gdal.GDT_Int16,",
            "    options=['TILED=YES', 'BLOCKXSIZE=64', 'BLOCKYSIZE=64', 'COMPRESS=DEFLATE', 'INTERLEAVE=PIXEL'])",
            "for b in range(3):",
            "    v = (x * (b + 1) - y * 2 + b * 100).astype(np.int16)",
            "    v[(x + y) % 13 == 0] = -5",
            "    ds.GetRasterBand(b + 1).WriteArray(v)",
            "    if nodata != 'none':",
            "        ds.GetRasterBand(b + 1).SetNoDataValue(float(nodata))",
            "if mask:",
            "    ds.CreateMaskBand(gdal.GMF_PER_DATASET)",
            "    ds.GetRasterBand(1).GetMaskBand().WriteArray(np.where(x > y, 255, 0).astype(np.uint8))",
            "ds.BuildOverviews('NEAREST', [2])",
            "ds = None");
    private static final String STATS = String.join("\n",
            "import json",
            "ds = gdal.Open(sys.argv[1])  # keep the dataset referenced, or its band dangles",
            "b = ds.GetRasterBand(int(sys.argv[2]))",
            "mn, mx, mean, std = b.ComputeStatistics(False)",
            "print(json.dumps([mn, mx, mean, std, float(b.GetMetadataItem('STATISTICS_VALID_PERCENT'))]))");

    @TempDir
    static Path dir;

    @BeforeAll
    static void gdal() {
        Gdal.requireInstalled();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5 none", "none none", "none mask", "-5 mask"})
    void bandStatisticsAsGdalComputesThem(String setup) throws Exception {
        String[] s = setup.split(" ");
        Path file = write("stats-" + s[0] + "-" + s[1], s[0], s[1]);
        for (int band = 1; band <= 3; band++) {
            CliRun r = CliRun.of("info", "--json", "--band", Integer.toString(band), file.toString());
            assertEquals(0, r.exit(), r.err());
            JsonNode ours = JSON.readTree(r.out()).get("band");
            JsonNode gdal = JSON.readTree(Gdal.python(dir, STATS, file.toString(), Integer.toString(band)).out());
            String what = setup + " band " + band;
            assertEquals(gdal.get(0).asDouble(), ours.get("min").asDouble(), 0, what + " min");
            assertEquals(gdal.get(1).asDouble(), ours.get("max").asDouble(), 0, what + " max");
            assertEquals(gdal.get(2).asDouble(), ours.get("mean").asDouble(), 1e-9 * Math.abs(gdal.get(2).asDouble()),
                    what + " mean");
            assertEquals(gdal.get(3).asDouble(), ours.get("std").asDouble(), 1e-9 * gdal.get(3).asDouble(), what + " std");
            assertEquals(gdal.get(4).asDouble(), ours.get("valid_percent").asDouble(), 0.005, what + " valid % (GDAL keeps 2 decimals)");
        }
    }

    @Test
    void infoReportsBandsNodataAndMask() throws Exception {
        Path file = write("info", "-5", "mask");
        CliRun text = CliRun.of("info", file.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Size: 200 x 150, 3 bands, pixel-interleaved (min-is-black)")
                && text.out().contains("NoData: -5.0") && text.out().contains("Mask: internal, per dataset"), text.out());
        JsonNode j = JSON.readTree(CliRun.of("info", "--json", file.toString()).out());
        assertEquals(3, j.get("bands").asInt());
        assertEquals("internal", j.get("mask").get("kind").asText());
        assertEquals("dataset", j.get("mask").get("per").asText());
        assertEquals("[0,1]", j.get("mask").get("levels").toString());
        assertEquals(2, j.get("masks").asInt());
    }

    @Test
    void infoSaysWhenGdalIgnoresTheNodata() throws Exception {
        Path file = dir.resolve("u8.tif");
        Gdal.python(dir, String.join("\n",
                "ds = gdal.GetDriverByName('GTiff').Create(sys.argv[1], 4, 4, 1, gdal.GDT_Byte)",
                "ds.GetRasterBand(1).SetNoDataValue(-10000)"), file.toString());
        CliRun r = CliRun.of("info", file.toString());
        assertTrue(r.out().contains("NoData: none (GDAL_NODATA -10000 does not fit uint8; ignored as GDAL does)"),
                r.out());
        JsonNode j = JSON.readTree(CliRun.of("info", "--json", file.toString()).out());
        assertTrue(j.get("nodata").isNull());
        assertEquals("-10000", j.get("gdal_nodata").asText());
        assertTrue(j.get("nodata_note").asText().contains("ignored as GDAL does"));
    }

    @Test
    void valuesOfAnyBandWithAndWithoutTheMask() throws Exception {
        Path file = write("values", "none", "mask");
        GdalRead gdal = GdalRead.of(file);
        int col = 60;
        int row = 50;
        for (int band = 1; band <= 3; band++) {
            JsonNode raw = JSON.readTree(CliRun.of("values", file.toString(), "--window", col + "," + row + ",20,15",
                    "--band", Integer.toString(band), "--json").out()).get("values");
            JsonNode masked = JSON.readTree(CliRun.of("values", file.toString(), "--window", col + "," + row + ",20,15",
                    "--band", Integer.toString(band), "--use-mask", "--json").out()).get("values");
            for (int y = 0; y < 15; y++) {
                for (int x = 0; x < 20; x++) {
                    int i = (row + y) * 200 + col + x;
                    assertEquals(gdal.level(0).band(band)[i], raw.get(y).get(x).asDouble(), "band " + band);
                    if (gdal.level(0).mask()[i] == 0) {
                        assertTrue(masked.get(y).get(x).isNull(), "masked pixel is null");
                    } else {
                        assertEquals(gdal.level(0).band(band)[i], masked.get(y).get(x).asDouble());
                    }
                }
            }
        }
        CliRun bad = CliRun.of("values", file.toString(), "--window", "0,0,2,2", "--band", "4");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("no band 4") && bad.err().contains("1..3"), bad.err());
    }

    private static Path write(String name, String nodata, String mask) {
        Path file = dir.resolve(name + ".tif");
        Gdal.python(dir, WRITE, file.toString(), nodata, mask);
        return file;
    }
}
