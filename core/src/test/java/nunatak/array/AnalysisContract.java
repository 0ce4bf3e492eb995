package nunatak.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nunatak.analysis.SamplingMethod;
import nunatak.analysis.TerrainProduct;
import nunatak.engine.Engine;
import nunatak.engine.ProgressListener;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.mosaic.MosaicSpec;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Profiles, points, terrain and zonal statistics on the rema-mini tiles (15 tiles, one missing, nodata voids,
 * ocean masked by {@code where(da > 0)}) against the field's tools run on a GDAL VRT of the same tiles
 * ({@link AnalysisReference}): scipy and rasterio for sampling, pyproj for lon/lat lines, gdaldem for terrain,
 * rasterio's geometry_mask with numpy for zones. Subclasses choose the engine.
 */
public abstract class AnalysisContract {
    private static AnalysisReference ref;

    protected abstract Engine engine();

    @BeforeAll
    static void reference() {
        ref = AnalysisReference.get();
    }

    /** The mosaic in chunks of {@code chunks} pixels (0: the default, 250 here; 100 cuts through 128-pixel blocks). */
    protected DataArray dem(int chunks) {
        return DataArray.open(MosaicSpec.of(Fixtures.remaMini() + "/" + Fixtures.remaMiniReference().get("template")
                .asText()).withRows(List.of(40, 39, 38, 37)).withCols(List.of(20, 21, 22, 23)).withChunks(chunks));
    }

    private DataArray dem() {
        return dem(0);
    }

    private DataArray masked() {
        return dem().where(Condition.gt(0));
    }

    static Stream<Arguments> linesAndMethods() {
        return AnalysisReference.LINES.stream().flatMap(l -> Stream.of(SamplingMethod.values())
                .map(m -> Arguments.of(l.name(), m)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("linesAndMethods")
    void profilesAlongLinesMatchScipyAndRasterio(String name, SamplingMethod method) {
        AnalysisReference.Line line = AnalysisReference.LINES.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow();
        boolean lonLat = line.crs().equals("EPSG:4326");
        DataArray p = masked().interp(Polyline.parse(line.spec(), Crs.parse(line.crs())), line.step(), method)
                .compute(engine());
        JsonNode r = ref.json().get("lines").get(name);
        assertEquals(List.of("distance"), p.dims());
        assertEquals(lonLat ? List.of("x", "y", "lon", "lat") : List.of("x", "y"), List.copyOf(p.auxCoords().keySet()));
        assertClose(r.get("distance"), p.coord("distance"), 1e-9, "distance");
        // The vertices of a lon/lat line were projected by proj4j here and by PROJ there: within a millimetre.
        assertClose(r.get("x"), p.coord("x"), lonLat ? 1e-3 : 1e-6, "x");
        assertClose(r.get("y"), p.coord("y"), lonLat ? 1e-3 : 1e-6, "y");
        if (lonLat) {
            assertClose(r.get("lon"), p.coord("lon"), 1e-8, "lon");
            assertClose(r.get("lat"), p.coord("lat"), 1e-8, "lat");
        }
        // Bilinear values are float64, as scipy's; nearest ones are the pixels themselves, exactly.
        assertEquals(method == SamplingMethod.BILINEAR ? Dtype.FLOAT64 : Dtype.FLOAT32, p.dtype());
        int[] nanAndValid = assertClose(r.get(method.name().toLowerCase()), p.toDoubleArray(),
                method == SamplingMethod.NEAREST ? 0 : lonLat ? 1e-6 : 1e-12, name);
        assertTrue(nanAndValid[0] > 0 && nanAndValid[1] > 100, "the line passes masked pixels and valid ones: "
                + nanAndValid[0] + " NaN, " + nanAndValid[1] + " valid");
    }

    @ParameterizedTest
    @MethodSource("methods")
    void valuesAtPointsMatchScipyAndRasterio(SamplingMethod method) {
        DataArray at = dem(100).where(Condition.gt(0)).at(ref.pointsX(), ref.pointsY(), method).compute(engine());
        assertEquals(List.of("point"), at.dims());
        assertArrayEquals(ref.pointsX(), at.coord("x"));
        assertEquals(method == SamplingMethod.BILINEAR ? Dtype.FLOAT64 : Dtype.FLOAT32, at.dtype());
        int[] nanAndValid = assertClose(ref.json().get("points").get(method.name().toLowerCase()), at.toDoubleArray(),
                method == SamplingMethod.NEAREST ? 0 : 1e-12, "points");
        assertTrue(nanAndValid[0] > 200 && nanAndValid[1] > 1000, nanAndValid[0] + " NaN, " + nanAndValid[1] + " valid");
    }

    static Stream<SamplingMethod> methods() {
        return Stream.of(SamplingMethod.values());
    }

    static Stream<String> terrainProducts() {
        return AnalysisReference.TERRAIN.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("terrainProducts")
    void terrainOfTheWholeMosaicMatchesGdaldem(String product) {
        DataArray t = terrain(dem(100).maskNodata(), product).compute(engine());
        double[] ours = t.toDoubleArray();
        double[] gdal = ref.terrain(product);
        int equal = compareTerrain(product, gdal, 0, 0, AnalysisReference.SIZE, AnalysisReference.SIZE, ours);
        for (int i = 0; i < AnalysisReference.SIZE; i++) {
            assertTrue(Double.isNaN(ours[i]) && Double.isNaN(ours[i * AnalysisReference.SIZE]), "the frame is NaN");
        }
        assertTrue(equal > 500_000, product + ": " + equal + " pixels equal to gdaldem's");
    }

    @Test
    void terrainOfABoxIsTheWholeMosaicsCroppedAcrossSeamsAndTheMissingTile() {
        DataArray dem = dem().maskNodata();
        for (double[] box : AnalysisReference.BOXES) {
            for (String product : AnalysisReference.TERRAIN.keySet()) {
                DataArray t = terrain(dem.selBox(box[0], box[1], box[2], box[3]), product).compute(engine());
                int row0 = (int) Math.round((AnalysisReference.Y0 - t.coord("y")[0]) / AnalysisReference.RES - 0.5);
                int col0 = (int) Math.round((t.coord("x")[0] - AnalysisReference.X0) / AnalysisReference.RES - 0.5);
                compareTerrain(product + " in box " + java.util.Arrays.toString(box), ref.terrain(product), row0, col0,
                        t.size("y"), t.size("x"), t.toDoubleArray());
            }
        }
    }

    @Test
    void terrainComposesWithCoarsenZonesAndProfilesLazily() {
        DataArray slope = Terrain.slope(dem().maskNodata());
        int n = AnalysisReference.COARSEN;
        DataArray cells = slope.coarsen(Map.of("y", n, "x", n)).mean();
        assertTrue(cells.isLazy());
        Grid g = cells.compute(engine()).values();
        JsonNode expected = ref.json().get("terrain_coarsened").get("slope");
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                assertClose(expected.get(r), new double[] {g.get(r, c)}, c, 1e-4, "mean slope cell " + r + "," + c);
            }
        }
        Zones zones = Zones.of(GeoJsonReader.read(ref.polarZones(), Crs.EPSG_3031), null, 1.0);
        assertZones(ref.json().get("terrain_zones"), slope.zonal(zones, engine(), ProgressListener.NONE), 1e-9);
        AnalysisReference.Line line = AnalysisReference.LINES.get(0);
        DataArray along = slope.interp(Polyline.parse(line.spec(), Crs.EPSG_3031), line.step(), SamplingMethod.BILINEAR);
        assertClose(ref.json().get("terrain_line"), along.compute(engine()).toDoubleArray(), 1e-4, "slope along a line");
    }

    @Test
    void zonalStatisticsMatchRasteriosMaskAndNumpy() {
        Zones zones = Zones.of(GeoJsonReader.read(ref.polarZones(), Crs.EPSG_3031), null,
                AnalysisReference.HYPSOMETRY_BIN);
        ZonalStatistics stats = dem(100).where(Condition.gt(0)).zonal(zones, engine(), ProgressListener.NONE);
        assertEquals(List.of("seams", "holed", "multi", "outside"), stats.zones().stream().map(ZoneStats::id).toList());
        assertZones(ref.json().get("zones").get("polar"), stats, 1e-12);
        ZoneStats outside = stats.zones().get(3);
        assertEquals(0, outside.count());
        assertTrue(Double.isNaN(outside.mean()) && Double.isNaN(outside.std()));
        assertTrue(stats.job().requests() + stats.job().cacheHits() > 0, stats.job().toString()); // blocks may be kept
    }

    @Test
    void zonesGivenInLonLatAreProjectedAsPyprojDoes() {
        Zones zones = Zones.of(GeoJsonReader.read(ref.lonLatZones(), Crs.EPSG_4326), "basin",
                AnalysisReference.HYPSOMETRY_BIN);
        ZonalStatistics stats = masked().zonal(zones, engine(), ProgressListener.NONE);
        assertEquals("B1", stats.zones().get(0).id());
        assertZones(ref.json().get("zones").get("lonlat"), stats, 1e-12);
    }

    private static DataArray terrain(DataArray dem, String name) {
        return switch (name) {
            case "slope" -> Terrain.slope(dem);
            case "aspect" -> Terrain.aspect(dem);
            case "hillshade" -> Terrain.hillshade(dem);
            case "hillshade_az200_alt30_z2" -> Terrain.of(dem, TerrainProduct.HILLSHADE, 200, 30, 2);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Our {@code rows x cols} window against gdaldem's full grid at {@code (row0, col0)}: NaN at the same pixels,
     * slope and aspect within 1e-3°, hillshade within 1. Returns how many pixels are exactly equal.
     */
    private static int compareTerrain(String what, double[] gdal, int row0, int col0, int rows, int cols, double[] ours) {
        double tolerance = what.startsWith("hillshade") ? 1 : 1e-3;
        int equal = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double g = gdal[(row0 + r) * AnalysisReference.SIZE + col0 + c];
                double o = ours[r * cols + c];
                String at = what + " at row " + (row0 + r) + ", col " + (col0 + c);
                assertEquals(Double.isNaN(g), Double.isNaN(o), () -> at + ": gdaldem " + g + ", ours " + o);
                if (!Double.isNaN(g)) {
                    assertEquals(g, o, tolerance, at);
                    equal += g == o ? 1 : 0;
                }
            }
        }
        return equal;
    }

    private static void assertZones(JsonNode expected, ZonalStatistics stats, double relative) {
        assertEquals(expected.size(), stats.zones().size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            ZoneStats z = stats.zones().get(i);
            String at = "zone " + z.id();
            assertEquals(e.get("count").asLong(), z.count(), at + " count");
            assertEquals(z.count() * AnalysisReference.RES * AnalysisReference.RES / 1e6, z.areaKm2(), 1e-9, at);
            if (z.count() == 0) {
                continue;
            }
            assertEquals(e.get("mean").asDouble(), z.mean(), Math.abs(e.get("mean").asDouble()) * relative, at + " mean");
            assertEquals(e.get("min").asDouble(), z.min(), at + " min");
            assertEquals(e.get("max").asDouble(), z.max(), at + " max");
            assertEquals(e.get("std").asDouble(), z.std(), Math.abs(e.get("std").asDouble()) * 1e-9, at + " std");
            if (z.hypsometry() != null) {
                assertArrayEquals(doubles(e.get("hyps_lower")), z.hypsometry().lowerBounds(), at + " bins");
                assertArrayEquals(longs(e.get("hyps_count")), z.hypsometry().counts(), at + " counts");
            }
        }
    }

    /** Values against the reference's (null for NaN): NaN at the same places, else within {@code tolerance}. */
    private static int[] assertClose(JsonNode expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.size(), actual.length, what + ": length");
        int[] nanAndValid = new int[2];
        for (int i = 0; i < actual.length; i++) {
            assertClose(expected, actual, i, tolerance, what);
            nanAndValid[expected.get(i).isNull() ? 0 : 1]++;
        }
        return nanAndValid;
    }

    private static void assertClose(JsonNode expected, double[] actual, int i, double tolerance, String what) {
        JsonNode e = expected.get(i);
        int k = actual.length == 1 ? 0 : i;
        if (e.isNull()) {
            assertTrue(Double.isNaN(actual[k]), () -> what + " [" + i + "]: expected NaN, got " + actual[k]);
        } else {
            assertEquals(e.asDouble(), actual[k], tolerance * Math.max(1, Math.abs(e.asDouble())), what + " [" + i + "]");
        }
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    private static long[] longs(JsonNode a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asLong();
        }
        return out;
    }
}
