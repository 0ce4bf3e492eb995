package nunatak.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nunatak.testing.Fixtures;
import nunatak.testing.Gdal;
import nunatak.testing.ReferenceTools;

/**
 * What the field's tools compute on the rema-mini tiles, once per JVM: a GDAL VRT of the 15 tiles (the missing
 * one reads as nodata), and {@code analysis_reference.py} run on it: profiles and points (scipy bilinear, rasterio
 * nearest), lon/lat lines (pyproj), gdaldem slope/aspect/hillshade and zonal statistics (rasterio's mask + numpy).
 * The lines, points, zones and boxes are defined here, so the tests and the reference read the same inputs.
 *
 * <pre>{@code
 * AnalysisReference ref = AnalysisReference.get();
 * JsonNode seams = ref.json().get("lines").get("seams");
 * double[] slope = ref.terrain("slope");
 * }</pre>
 */
public final class AnalysisReference {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int COARSEN = 10;
    public static final double HYPSOMETRY_BIN = 100;
    public static final double RES = 400;
    public static final int SIZE = 1000;
    public static final double X0 = -1_100_000;
    public static final double Y0 = 1_000_000;

    /** A line as the tests give it: vertices in {@code crs}, and the step the reference used (0 asks for the pixel size). */
    public record Line(String name, String crs, double[][] vertices, double step) {
        public String spec() {
            StringBuilder sb = new StringBuilder();
            for (double[] v : vertices) {
                sb.append(sb.length() == 0 ? "" : ";").append(v[0]).append(',').append(v[1]);
            }
            return sb.toString();
        }
    }

    public static final List<Line> LINES = List.of(
            // across four tiles, through the missing tile 38_21 and the ocean (masked values)
            new Line("seams", "EPSG:3031", new double[][] {{-1087123.4, 983456.7}, {-912345.6, 712345.6},
                    {-705432.1, 650123.4}}, 0),
            // leaves the mosaic through its east edge
            new Line("outside", "EPSG:3031", new double[][] {{-750000.3, 900000.7}, {-650000.1, 950000.9}}, 137.5),
            new Line("lonlat", "EPSG:4326", new double[][] {{-47.8624, -77.0213}, {-55.6197, -79.4346},
                    {-43.8309, -80.4526}}, 250));

    /** Zones in EPSG:3031 (across seams and the missing tile; with a hole; two parts; outside) and one in lon/lat. */
    public static final String POLAR_ZONES = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "id": "seams", "properties": {"name": "across four tiles"}, "geometry": {"type": "Polygon",
              "coordinates": [[[-1031234.5, 831234.5], [-861234.5, 841234.5], [-871234.5, 721234.5], [-1021234.5, 691234.5],
               [-1031234.5, 831234.5]]]}},
             {"type": "Feature", "id": "holed", "properties": {"name": "a ring"}, "geometry": %s},
             {"type": "Feature", "id": "multi", "properties": {"name": "two triangles"}, "geometry": {"type": "MultiPolygon",
              "coordinates": [[[[-1091234.5, 611234.5], [-1041234.5, 621234.5], [-1071234.5, 661234.5], [-1091234.5, 611234.5]]],
               [[[-741234.5, 961234.5], [-711234.5, 991234.5], [-761234.5, 981234.5], [-741234.5, 961234.5]]]]}},
             {"type": "Feature", "id": "outside", "properties": {"name": "beyond the mosaic"}, "geometry": {"type": "Polygon",
              "coordinates": [[[-650000, 500000], [-600000, 500000], [-600000, 550000], [-650000, 500000]]]}}
            ]}""".formatted(ring(-801234.5, 901234.5, 61234.5, 20123.4));

    public static final String LONLAT_ZONES = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {"basin": "B1"}, "geometry": {"type": "Polygon", "coordinates":
              [[[-47.86, -77.02], [-41.63, -78.95], [-43.83, -80.45], [-55.62, -79.43], [-47.86, -77.02]]]}}
            ]}""";

    /** Boxes (xmin, ymin, xmax, ymax) whose terrain must equal the whole mosaic's, cropped. */
    public static final double[][] BOXES = {
            {-1023400, 681200, -876600, 823400},   // across column and row seams, around the missing tile's corner
            {-1100000, 950000, -1050000, 1000000}, // the mosaic's north-west corner: its frame stays NaN
            {-905000, 605000, -895000, 615000}};   // a few pixels across a column seam

    /** gdaldem's arguments per product name. */
    public static final java.util.Map<String, List<String>> TERRAIN = java.util.Map.of(
            "slope", List.of("slope"), "aspect", List.of("aspect"), "hillshade", List.of("hillshade"),
            "hillshade_az200_alt30_z2", List.of("hillshade", "-az", "200", "-alt", "30", "-z", "2"));

    private static AnalysisReference instance;

    private final Path dir;
    private final JsonNode json;
    private final double[] px;
    private final double[] py;

    private AnalysisReference(Path dir, JsonNode json, double[] px, double[] py) {
        this.dir = dir;
        this.json = json;
        this.px = px;
        this.py = py;
    }

    public static synchronized AnalysisReference get() {
        if (instance == null) {
            instance = compute();
        }
        return instance;
    }

    public JsonNode json() {
        return json;
    }

    public Path dir() {
        return dir;
    }

    /** The reference's points: random over the mosaic and a margin around it (some fall outside). */
    public double[] pointsX() {
        return px.clone();
    }

    public double[] pointsY() {
        return py.clone();
    }

    /** gdaldem's product on the whole mosaic, row-major, NaN for nodata. */
    public double[] terrain(String name) {
        return ReferenceTools.readDoubles(dir.resolve("terrain_" + name + ".f64"));
    }

    public Path vrt() {
        return dir.resolve("mosaic.vrt");
    }

    public Path polarZones() {
        return dir.resolve("zones.geojson");
    }

    public Path lonLatZones() {
        return dir.resolve("zones-lonlat.geojson");
    }

    private static AnalysisReference compute() {
        Gdal.requireInstalled();
        try {
            Path dir = Files.createTempDirectory("nunatak-analysis-reference");
            if (!Boolean.getBoolean("nunatak.keepReference")) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            }
            List<String> cmd = new ArrayList<>(List.of("gdalbuildvrt", "-q", "-vrtnodata", "-9999",
                    dir.resolve("mosaic.vrt").toString()));
            try (var tiles = Files.walk(Fixtures.remaMini())) {
                tiles.filter(p -> p.toString().endsWith(".tif")).sorted().forEach(p -> cmd.add(p.toString()));
            }
            ReferenceTools.run(cmd);
            Random random = new Random(12);
            double[] px = new double[2000];
            double[] py = new double[px.length];
            for (int i = 0; i < px.length; i++) {
                px[i] = -1_130_000 + 460_000 * random.nextDouble();
                py[i] = 570_000 + 460_000 * random.nextDouble();
            }
            Files.writeString(dir.resolve("zones.geojson"), POLAR_ZONES);
            Files.writeString(dir.resolve("zones-lonlat.geojson"), LONLAT_ZONES);
            ObjectNode spec = JSON.createObjectNode();
            ArrayNode lines = spec.putArray("lines");
            for (Line l : LINES) {
                ObjectNode o = lines.addObject().put("name", l.name()).put("crs", l.crs())
                        .put("step", l.step() > 0 ? l.step() : RES);
                ArrayNode v = o.putArray("vertices");
                for (double[] xy : l.vertices()) {
                    v.addArray().add(xy[0]).add(xy[1]);
                }
            }
            ObjectNode pts = spec.putObject("points");
            ArrayNode xs = pts.putArray("x");
            ArrayNode ys = pts.putArray("y");
            for (int i = 0; i < px.length; i++) {
                xs.add(px[i]);
                ys.add(py[i]);
            }
            ObjectNode zones = spec.putObject("zones");
            zones.putObject("polar").put("crs", "EPSG:3031").set("geojson", JSON.readTree(POLAR_ZONES));
            zones.putObject("lonlat").put("crs", "EPSG:4326").set("geojson", JSON.readTree(LONLAT_ZONES));
            spec.put("hypsometry_bin", HYPSOMETRY_BIN);
            ObjectNode terrain = spec.putObject("terrain");
            TERRAIN.forEach((name, args) -> {
                ArrayNode a = terrain.putArray(name);
                args.forEach(a::add);
            });
            spec.put("coarsen", COARSEN);
            spec.putObject("compose").put("terrain", "slope").put("zones", "polar").put("line", "seams");
            Path specFile = dir.resolve("spec.json");
            JSON.writeValue(specFile.toFile(), spec);
            ReferenceTools.python(Gdal.script("/nunatak/array/analysis_reference.py"), dir.resolve("mosaic.vrt").toString(),
                    specFile.toString(), dir.toString());
            return new AnalysisReference(dir, JSON.readTree(dir.resolve("reference.json").toFile()), px, py);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** A GeoJSON polygon: a 12-gon of radius {@code outer} with a 12-gon hole of radius {@code inner}. */
    private static String ring(double cx, double cy, double outer, double inner) {
        return "{\"type\": \"Polygon\", \"coordinates\": [" + gon(cx, cy, outer, 1) + ", " + gon(cx, cy, inner, -1) + "]}";
    }

    private static String gon(double cx, double cy, double r, int turn) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k <= 12; k++) {
            double a = turn * 2 * Math.PI * (k % 12) / 12 + 0.1;
            sb.append(k == 0 ? "" : ", ").append('[').append(cx + r * Math.cos(a)).append(", ")
                    .append(cy + r * Math.sin(a)).append(']');
        }
        return sb.append(']').toString();
    }
}
