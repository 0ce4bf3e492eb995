package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nunatak.array.AnalysisReference;
import nunatak.array.ArrayJson;
import nunatak.array.DataArray;
import nunatak.testing.Fixtures;
import nunatak.testing.GdalRead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nunatak profile --line}, {@code points}, {@code terrain} and {@code zonal} end to end on the rema-mini
 * tiles: their files against the references the field's tools computed on a VRT of the same tiles
 * ({@link AnalysisReference}), GDAL reading the GeoTIFFs written, and the errors users meet.
 */
class AnalysisCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = Fixtures.remaMini() + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
    private static AnalysisReference ref;

    @TempDir
    Path dir;

    @BeforeAll
    static void reference() {
        ref = AnalysisReference.get();
    }

    @Test
    void profileAlongALonLatLineWritesDistanceXYLonLatAndValues() throws Exception {
        AnalysisReference.Line line = AnalysisReference.LINES.get(2);
        Path json = dir.resolve("p.json");
        Path png = dir.resolve("p.png");
        CliRun r = CliRun.of("profile", TEMPLATE, "--line", line.spec(), "--line-crs", "EPSG:4326", "--step",
                "" + line.step(), "--mask-gt", "0", "-o", json.toString(), "--plot", png.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode got = JSON.readTree(json.toFile());
        JsonNode expected = ref.json().get("lines").get("lonlat");
        assertEquals("[\"distance\"]", got.get("dims").toString());
        assertEquals(List.of("distance", "x", "y", "lon", "lat"), names(got.get("coords")));
        for (String c : List.of("distance", "x", "y", "lon", "lat")) {
            assertClose(expected.get(c), got.get("coords").get(c), c.startsWith("l") ? 1e-8 : 1e-3, c);
        }
        assertClose(expected.get("bilinear"), got.get("values"), 1e-6, "values");
        assertTrue(ImageIO.read(png.toFile()).getWidth() >= 600);

        Path csv = dir.resolve("p.csv");
        assertEquals(0, CliRun.of("profile", TEMPLATE, "--line", line.spec(), "--line-crs", "EPSG:4326", "--step",
                "" + line.step(), "--method", "nearest", "--mask-gt", "0", "-o", csv.toString()).exit());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("distance,x,y,lon,lat,value", rows.get(0));
        assertEquals(expected.get("distance").size() + 1, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",", -1);
            JsonNode e = expected.get("nearest").get(i - 1);
            if (e.isNull()) {
                assertEquals("", f[5], "row " + i);
            } else {
                assertEquals(e.asDouble(), Double.parseDouble(f[5]), "row " + i);
            }
        }
        // A saved line profile reads back with its coordinates, and plots.
        DataArray back = ArrayJson.read(json);
        assertEquals(List.of("x", "y", "lon", "lat"), List.copyOf(back.auxCoords().keySet()));
        assertEquals(0, CliRun.of("plot", json.toString(), "-o", dir.resolve("again.png").toString()).exit());
    }

    @Test
    void aLineFromAGeoJsonFileAndTheNotebooksRowProfileStillWork() throws Exception {
        Path line = dir.resolve("line.geojson");
        Files.writeString(line, "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"LineString\", "
                + "\"coordinates\": [[-750000.3, 900000.7], [-650000.1, 950000.9]]}}");
        Path out = dir.resolve("p.csv");
        CliRun r = CliRun.of("profile", "--template", TEMPLATE, "--line", line.toString(), "--step", "137.5", "-o",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("stations lie outside the mosaic"), r.err());
        JsonNode expected = ref.json().get("lines").get("outside");
        List<String> rows = Files.readAllLines(out);
        assertEquals("distance,x,y,value", rows.get(0));
        assertEquals(expected.get("distance").size() + 1, rows.size());
        CliRun y = CliRun.of("profile", "--template", TEMPLATE, "--y", "750000", "--mask-gt", "0", "-o", out.toString());
        assertEquals(0, y.exit(), y.err());
        assertEquals("-1099800,750200,813.9755249023438", Files.readAllLines(out).get(1));
    }

    @Test
    void pointsKeepEveryRowAndColumnInOrderAcrossBatches() throws Exception {
        double[] x = ref.pointsX();
        double[] y = ref.pointsY();
        Path in = dir.resolve("pts.csv");
        List<String> lines = new ArrayList<>(List.of("id,label,easting,northing"));
        for (int i = 0; i < x.length; i++) {
            lines.add(i + ",\"pt, " + i + "\"," + x[i] + "," + y[i]);
        }
        Files.write(in, lines);
        Path out = dir.resolve("values.csv");
        CliRun r = CliRun.of("points", TEMPLATE, "--points", in.toString(), "--method", "nearest", "--batch", "333",
                "--mask-gt", "0", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(x.length + " points in 7 batches"), r.err());
        List<String> rows = Files.readAllLines(out);
        assertEquals("id,label,easting,northing,value", rows.get(0));
        assertEquals(x.length + 1, rows.size());
        JsonNode expected = ref.json().get("points").get("nearest");
        for (int i = 0; i < x.length; i++) {
            String row = rows.get(i + 1);
            assertTrue(row.startsWith(lines.get(i + 1) + ","), row);
            JsonNode e = expected.get(i);
            assertEquals(e.isNull() ? "" : nunatak.geom.ValueText.of(e.asDouble()),
                    row.substring(lines.get(i + 1).length() + 1), "point " + i);
        }
        Path geo = dir.resolve("pts.geojson");
        Files.writeString(geo, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"id\": \"a\", "
                + "\"properties\": {\"n\": 1}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [" + x[0] + ", "
                + y[0] + "]}}]}");
        Path geoOut = dir.resolve("values.geojson");
        assertEquals(0, CliRun.of("points", TEMPLATE, "--points", geo.toString(), "--mask-gt", "0", "-o",
                geoOut.toString()).exit());
        JsonNode f = JSON.readTree(geoOut.toFile()).get("features").get(0);
        assertEquals(1, f.get("properties").get("n").asInt());
        assertEquals(ref.json().get("points").get("bilinear").get(0).asDouble(), f.get("properties").get("value")
                .asDouble(), 1e-9);
    }

    @Test
    void terrainGeoTiffsAreTypedAsGdaldemWritesThemAndEqualTheWholeMosaicCropped() throws Exception {
        double[] box = AnalysisReference.BOXES[0];
        String bbox = box[0] + "," + box[1] + "," + box[2] + "," + box[3];
        for (String product : List.of("slope", "hillshade")) {
            Path tif = dir.resolve(product + ".tif");
            CliRun r = CliRun.of("terrain", TEMPLATE, "--product", product, "--bbox", bbox, "-o", tif.toString(),
                    "--plot", dir.resolve(product + ".png").toString());
            assertEquals(0, r.exit(), r.err());
            GdalRead gdal = GdalRead.of(tif);
            boolean shade = product.equals("hillshade");
            assertEquals(shade ? "Byte" : "Float32", gdal.type());
            assertEquals(shade ? 0.0 : -9999.0, gdal.nodata());
            GdalRead.Level l = gdal.level(0);
            double[] whole = ref.terrain(product);
            JsonNode gt = nunatak.testing.Gdal.info(tif).get("geoTransform");
            int col0 = (int) Math.round((gt.get(0).asDouble() - AnalysisReference.X0) / AnalysisReference.RES);
            int row0 = (int) Math.round((AnalysisReference.Y0 - gt.get(3).asDouble()) / AnalysisReference.RES);
            assertEquals(191, col0, "the box starts at the first pixel centre inside it");
            int compared = 0;
            for (int rr = 0; rr < l.height(); rr++) {
                for (int c = 0; c < l.width(); c++) {
                    double e = whole[(row0 + rr) * AnalysisReference.SIZE + col0 + c];
                    double v = l.band(1)[rr * l.width() + c];
                    boolean nodata = l.mask()[rr * l.width() + c] == 0;
                    assertEquals(Double.isNaN(e), nodata, product + " at " + rr + "," + c + ": gdaldem " + e);
                    if (!nodata) {
                        assertEquals(e, v, shade ? 1 : 1e-3, product + " at " + rr + "," + c);
                        compared++;
                    }
                }
            }
            assertTrue(compared > 30_000, compared + " pixels compared");
        }
        Path json = dir.resolve("aspect.json");
        assertEquals(0, CliRun.of("terrain", TEMPLATE, "--product", "aspect", "--bbox", "-905000,605000,-895000,615000",
                "-o", json.toString()).exit());
        assertEquals(List.of("y", "x"), names(JSON.readTree(json.toFile()).get("coords")));
    }

    @Test
    void zonalStatisticsAsJsonAndCsvOnBothEngines() throws Exception {
        Path json = dir.resolve("zones.json");
        CliRun r = CliRun.of("zonal", TEMPLATE, "--zones", ref.polarZones().toString(), "--hypsometry", "100",
                "--mask-gt", "0", "-o", json.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("warning: zone 3 (id \"outside\")"), r.err());
        JsonNode got = JSON.readTree(json.toFile()).get("zones");
        JsonNode expected = ref.json().get("zones").get("polar");
        assertEquals(4, got.size());
        for (int i = 0; i < 4; i++) {
            JsonNode g = got.get(i);
            JsonNode e = expected.get(i);
            assertEquals(List.of("seams", "holed", "multi", "outside").get(i), g.get("id").asText());
            assertEquals(e.get("count").asLong(), g.get("count").asLong());
            assertEquals(e.get("count").asLong() * 0.16, g.get("area_km2").asDouble(), 1e-9);
            if (e.get("count").asLong() == 0) {
                assertTrue(g.get("mean").isNull() && g.get("std").isNull());
                continue;
            }
            assertEquals(e.get("mean").asDouble(), g.get("mean").asDouble(), 1e-9);
            assertEquals(e.get("min").asDouble(), g.get("min").asDouble());
            assertEquals(e.get("std").asDouble(), g.get("std").asDouble(), 1e-9);
            assertEquals(100.0, g.get("hypsometry").get("bin_m").asDouble());
            assertEquals(e.get("hyps_count"), g.get("hypsometry").get("count"));
            assertEquals(e.get("hyps_lower").get(0).asDouble(), g.get("hypsometry").get("lower").get(0).asDouble());
        }
        Path csv = dir.resolve("zones.csv");
        assertEquals(0, CliRun.of("zonal", TEMPLATE, "--zones", ref.lonLatZones().toString(), "--zones-crs",
                "EPSG:4326", "--id-field", "basin", "--hypsometry", "100", "--mask-gt", "0", "-o", csv.toString()).exit());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("id,count,area_km2,mean,min,max,std", rows.get(0));
        assertTrue(rows.get(1).startsWith("B1," + ref.json().get("zones").get("lonlat").get(0).get("count").asLong()
                + ","), rows.get(1));
        List<String> bins = Files.readAllLines(dir.resolve("zones_hypsometry.csv"));
        assertEquals("id,lower_m,upper_m,count", bins.get(0));
        assertEquals(ref.json().get("zones").get("lonlat").get(0).get("hyps_count").size() + 1, bins.size());

        Path spark = dir.resolve("zones-spark.json");
        CliRun s = CliRun.of("zonal", TEMPLATE, "--zones", ref.polarZones().toString(), "--hypsometry", "100",
                "--mask-gt", "0", "-o", spark.toString(), "--engine", "spark", "--master", "local[2]", "--conf",
                "spark.ui.enabled=false");
        assertEquals(0, s.exit(), s.err());
        assertEquals(Files.readString(json), Files.readString(spark), "the same bytes on both engines");
    }

    @Test
    void badInputsSayWhatAndWhere() throws Exception {
        Path zones = dir.resolve("bad.geojson");
        Files.writeString(zones, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"id\": \"ok\", "
                + "\"properties\": {}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[-9e5, 7e5], [-8e5, 7e5], "
                + "[-8e5, 8e5], [-9e5, 7e5]]]}}, {\"type\": \"Feature\", \"id\": \"ross\", \"properties\": {}, \"geometry\": "
                + "{\"type\": \"Polygon\", \"coordinates\": [[[-9e5, 7e5], [-8e5]]]}}]}");
        CliRun bad = CliRun.of("zonal", TEMPLATE, "--zones", zones.toString());
        assertEquals(1, bad.err().lines().filter(l -> l.startsWith("nunatak: error")).count(), bad.err());
        assertTrue(bad.exit() != 0 && bad.err().contains("feature 1 (id \"ross\")"), bad.err());

        Path line = dir.resolve("line.geojson");
        Files.writeString(line, "{\"type\": \"Feature\", \"id\": \"track\", \"properties\": {}, \"geometry\": "
                + "{\"type\": \"Point\", \"coordinates\": [-9e5, 7e5]}}");
        CliRun point = CliRun.of("profile", TEMPLATE, "--line", line.toString(), "-o", dir.resolve("p.csv").toString());
        assertEquals(2, point.exit());
        assertTrue(point.err().contains("feature 0 (id \"track\") is a Point; a profile needs a LineString"), point.err());

        CliRun outside = CliRun.of("profile", TEMPLATE, "--line", "-47,-77;-48,-78", "-o", dir.resolve("p.csv").toString());
        assertEquals(2, outside.exit());
        assertTrue(outside.err().contains("look like lon/lat") || outside.err().contains("outside the mosaic"),
                outside.err());

        Path far = dir.resolve("far.geojson");
        Files.writeString(far, "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1e5, 0], [1e5, 1e5], [0, 0]]]}");
        CliRun empty = CliRun.of("zonal", TEMPLATE, "--zones", far.toString(), "-o", dir.resolve("z.json").toString());
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("no zone of " + far + " holds a pixel centre of the mosaic"), empty.err());

        Path pts = dir.resolve("far.csv");
        Files.writeString(pts, "lon,lat\n10,-60\n20,-61\n");
        CliRun nowhere = CliRun.of("points", TEMPLATE, "--points", pts.toString(), "-o", dir.resolve("v.csv").toString());
        assertEquals(2, nowhere.exit());
        assertTrue(nowhere.err().contains("every point of " + pts + " lies outside the mosaic"), nowhere.err());
        assertTrue(Files.notExists(dir.resolve("v.csv")), "no output from a failed run");

        CliRun twice = CliRun.of("terrain", TEMPLATE, "--template", TEMPLATE.replace("400m", "8m"), "--product",
                "slope", "-o", dir.resolve("t.tif").toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("the mosaic is given twice"), twice.err());
    }

    @Test
    void everyAnalysisCommandHasHelpWithAnExample() {
        for (String command : List.of("profile", "points", "terrain", "zonal")) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.exit(), command);
            assertTrue(r.out().contains("Example: nunatak " + command) && r.out().contains("SOURCE"), r.out());
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void assertClose(JsonNode expected, JsonNode actual, double tolerance, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            JsonNode a = actual.get(i);
            assertEquals(e.isNull(), a.isNull(), what + " [" + i + "]");
            if (!e.isNull()) {
                assertEquals(e.asDouble(), a.asDouble(), tolerance * Math.max(1, Math.abs(e.asDouble())),
                        what + " [" + i + "]");
            }
        }
    }
}
