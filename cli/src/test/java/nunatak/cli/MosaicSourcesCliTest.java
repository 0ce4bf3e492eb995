package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nunatak.sample.RemaV2SampleResult;
import nunatak.testing.Gdal;
import nunatak.testing.OverlapMosaic;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.ReferenceArrays;
import nunatak.testing.ReferenceArrays.Ref;
import nunatak.testing.RemaV2Fixture;
import nunatak.testing.StacApiServer;
import nunatak.testing.Transports;
import nunatak.testing.Transports.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source options end to end through the CLI: {@code nunatak open --json} on the whole continent reads no tile
 * and reports GDAL's grid; a STAC API that fails some requests, {@code --valid-if}, {@code --bbox-crs EPSG:4326};
 * a VRT on S3 with {@code --overlap first}; each against what xarray + rioxarray read through GDAL's VRT.
 */
class MosaicSourcesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void openJsonDescribesTheContinentAsGdalDoesWithoutReadingATile() throws Exception {
        // the 32 m VRT and static STAC catalog of the whole continent (1523 tiles; ContinentOpenTest opens 2 m's 5800)
        RemaV2SampleResult tree = RemaV2Fixture.continent("32m");
        JsonNode gdal = Gdal.info(tree.baseDir().resolve("32m_dem.vrt"));
        try (RangeHttpServer server = RangeHttpServer.serve(tree.baseDir())) {
            for (String[] source : List.of(new String[] {"--vrt", server.baseUrl() + "/32m_dem.vrt"},
                    new String[] {"--stac", server.baseUrl() + "/32m.json"})) {
                server.clearRequests();
                CliRun r = CliRun.of("open", source[0], source[1], "--json");
                assertEquals(0, r.exit(), r.err());
                assertEquals(List.of(), server.requests().stream().map(RangeHttpServer.Request::path)
                        .filter(p -> p.endsWith(".tif")).toList(), "no tile is read to open");
                JsonNode got = JSON.readTree(r.out());
                assertEquals(1523, got.get("tiles").asInt());
                String made = source[0].equals("--vrt") ? "1 request" : (1 + 2 * 1523) + " requests";
                assertTrue(r.err().contains("1523 tiles, " + made + ", no pixels read"), "open's timing line: " + r.err());
                assertEquals(JSON.valueToTree(List.of("y", "x")), got.get("dims"));
                assertEquals(gdal.get("size").get(1).asInt(), got.get("shape").get(0).asInt());
                assertEquals(gdal.get("size").get(0).asInt(), got.get("shape").get(1).asInt());
                JsonNode corners = gdal.get("cornerCoordinates");
                double[] bounds = {corners.get("lowerLeft").get(0).asDouble(), corners.get("lowerLeft").get(1).asDouble(),
                        corners.get("upperRight").get(0).asDouble(), corners.get("upperRight").get(1).asDouble()};
                for (int i = 0; i < 4; i++) {
                    assertEquals(bounds[i], got.get("bounds").get(i).asDouble(), source[0] + " bounds " + i);
                }
                assertEquals(JSON.valueToTree(List.of(32.0, 32.0)), got.get("res"));
                assertTrue(got.get("crs").asText().contains("3031"), got.toString());
                assertEquals(2, got.get("chunks").size());
            }
        }
    }

    @Test
    void aFailingStacApiWithValidIfAndALonLatBoxGivesXarraysPixels() throws Exception {
        JsonNode p = OverlapMosaic.refs().params();
        double[] box = ReferenceArrays.doubles(p.get("box4326"));
        Path out = dir.resolve("valid.json");
        try (StacApiServer api = StacApiServer.serve(OverlapMosaic.dir().resolve("stac"))) {
            api.maxPageSize(2);
            api.fail(StacApiServer.Fault.HTTP_503, 1, 2, 4);
            CliRun r = CliRun.of("coarsen", "--stac-api", api.url(), "--collection", "overlap-test", "--valid-if",
                    "count>=" + p.get("valid_min_count").asInt(), "--mask-nodata", "--bbox",
                    box[0] + "," + box[1] + "," + box[2] + "," + box[3], "--bbox-crs", "EPSG:4326", "--factor", "1",
                    "--retries", "3", "-o", out.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(api.requests().size() >= 3 + 3, "every page, and the failed ones again: " + api.requests().size());
        }
        assertSameJson(OverlapMosaic.refs().get("byid-last-valid_box4326"), JSON.readTree(out.toFile()));
    }

    @Test
    void aVrtOnS3WithTheFirstRuleGivesXarraysProfile() throws Exception {
        double y = OverlapMosaic.refs().params().get("profile_y").asDouble();
        Path out = dir.resolve("profile.csv");
        try (Transports t = new Transports(OverlapMosaic.dir(), OverlapMosaic.servedFiles())) {
            String vrt = t.base(Transport.S3) + "dem.vrt";
            CliRun r = CliRun.of("profile", "--vrt", vrt, "--s3-endpoint", t.s3Endpoint().toString(), "--anonymous",
                    "--overlap", "first", "--mask-nodata", "--y", Double.toString(y), "-o", out.toString());
            assertEquals(0, r.exit(), r.err());
        }
        Ref ref = OverlapMosaic.refs().get("rowmajor-first-profile_y");
        List<String> lines = Files.readAllLines(out);
        assertEquals("x,y,value", lines.get(0));
        assertEquals(ref.values().length + 1, lines.size());
        for (int i = 0; i < ref.values().length; i++) {
            String[] f = lines.get(i + 1).split(",", -1);
            assertEquals(ref.x()[i], Double.parseDouble(f[0]), "x " + i);
            assertEquals(ref.ySelected(), Double.parseDouble(f[1]), "y " + i);
            double e = ref.values()[i];
            assertEquals(Double.isNaN(e) ? "" : Double.toString(e), f[2], "value " + i);
        }
    }

    private static void assertSameJson(Ref ref, JsonNode got) {
        assertEquals(ref.shape()[0], got.get("values").size());
        for (int i = 0; i < ref.y().length; i++) {
            assertEquals(ref.y()[i], got.get("coords").get("y").get(i).asDouble(), "y " + i);
        }
        for (int j = 0; j < ref.x().length; j++) {
            assertEquals(ref.x()[j], got.get("coords").get("x").get(j).asDouble(), "x " + j);
        }
        int nan = 0;
        for (int i = 0; i < ref.shape()[0]; i++) {
            for (int j = 0; j < ref.shape()[1]; j++) {
                double e = ref.values()[i * ref.shape()[1] + j];
                JsonNode v = got.get("values").get(i).get(j);
                if (Double.isNaN(e)) {
                    nan++;
                    assertTrue(v.isNull(), "NaN expected at " + i + ", " + j + ": " + v);
                } else {
                    assertEquals(e, v.asDouble(), "value at " + i + ", " + j);
                }
            }
        }
        assertTrue(nan > 0 && nan < ref.values().length, "the reference has values and NaN: " + nan);
    }
}
