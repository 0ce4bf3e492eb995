package nunatak.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nunatak.analysis.SamplingMethod;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.array.ZoneStats;
import nunatak.array.Zones;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.mosaic.TemplateSource;
import nunatak.mosaic.UriTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The point, profile and zonal API against GDAL's pixels, a numpy bilinear profile and rasterio's
 * {@code geometry_mask} statistics on the same files, lon/lat against pyproj, and all three against what core
 * computes for {@code nunatak points/profile/zonal} on the same tiles (bit for bit).
 */
class ViewerAnalysesTest {
    static final double X0 = TestMosaic.X0;
    static final double Y0 = TestMosaic.Y0;

    @RegisterExtension
    static final RunningViewer viewer = new RunningViewer();

    @Test
    void pointIsTheFullResolutionPixelHoldingIt() throws Exception {
        double[][] gdal = viewer.mosaic().level("dem", 0);
        double[][] points = {{X0 + 100.5, Y0 - 30}, {X0 + 40000.25, Y0 - 20000.75}, {X0 + 63, Y0 - 64},
            {X0 + 64, Y0 - 64.0001}, {X0 + 50000, Y0 - 50000}, {X0 + 65535.9, Y0 - 1}};
        for (double[] p : points) {
            JsonNode r = viewer.http().json(viewer.http().get("/api/point?x=" + p[0] + "&y=" + p[1]));
            int col = (int) Math.floor((p[0] - X0) / 64);
            int row = (int) Math.floor((Y0 - p[1]) / 64);
            assertEquals(row, r.get("row").asInt());
            assertEquals(col, r.get("col").asInt());
            assertEquals(X0 + (col + 0.5) * 64, r.get("pixel_x").asDouble());
            double v = gdal[1][row * 1024 + col];
            if (Double.isNaN(v)) {
                assertTrue(r.get("value").isNull(), r.toString());
            } else {
                assertEquals(v, r.get("value").asDouble(), 0.0, r.toString());
            }
        }
        JsonNode missingTile = viewer.http().json(viewer.http().get("/api/point?x=" + (X0 + 50000) + "&y=" + (Y0 - 50000)));
        assertTrue(missingTile.get("inside").asBoolean() && missingTile.get("value").isNull(), missingTile.toString());
        JsonNode outside = viewer.http().json(viewer.http().get("/api/point?x=0&y=0"));
        assertFalse(outside.get("inside").asBoolean());
        assertTrue(outside.get("value").isNull());
        JsonNode count = viewer.http().json(viewer.http().get("/api/point?layer=count&x=" + (X0 + 100.5) + "&y=" + (Y0 - 30)));
        assertEquals(viewer.mosaic().level("count", 0)[1][1], count.get("value").asDouble());
        double[] xs = new double[points.length];
        double[] ys = new double[points.length];
        for (int k = 0; k < points.length; k++) {
            xs[k] = points[k][0];
            ys[k] = points[k][1];
        }
        double[] core = coreLayer("dem").at(xs, ys, SamplingMethod.NEAREST).compute().toDoubleArray();
        for (int k = 0; k < points.length; k++) {
            JsonNode r = viewer.http().json(viewer.http().get("/api/point?x=" + xs[k] + "&y=" + ys[k]));
            assertEquals(Double.isNaN(core[k]) ? null : core[k], r.get("value").isNull() ? null : r.get("value").asDouble());
        }
    }

    @Test
    void lonLatAgreeWithPyprojBothWays() {
        double[][] xy = {{X0 + 1000, Y0 - 1000}, {0, 1_000_000}, {-2_500_000, -1_700_000}, {1_234_567.8, 42}};
        JsonNode ref = viewer.mosaic().reference(Map.of("op", "lonlat", "points", xy));
        for (int k = 0; k < xy.length; k++) {
            JsonNode r = viewer.http().json(viewer.http().get("/api/point?x=" + xy[k][0] + "&y=" + xy[k][1]));
            assertEquals(ref.get("lon").get(k).asDouble(), r.get("lon").asDouble(), 1e-9);
            assertEquals(ref.get("lat").get(k).asDouble(), r.get("lat").asDouble(), 1e-9);
            JsonNode back = viewer.http().json(viewer.http().get("/api/point?lon=" + ref.get("lon").get(k).asDouble() + "&lat="
                    + ref.get("lat").get(k).asDouble()));
            assertEquals(xy[k][0], back.get("x").asDouble(), 1e-3, "within a millimetre");
            assertEquals(xy[k][1], back.get("y").asDouble(), 1e-3, "within a millimetre");
        }
    }

    @Test
    void profileIsBilinearAtStationsAlongTheLine() {
        // Crosses tiles, a void, the missing tile, runs off the mosaic, and bends.
        double[][] line = {{X0 - 500, Y0 - 3000.3}, {X0 + 45000.7, Y0 - 21000.2}, {X0 + 52000, Y0 - 60000},
            {X0 + 20000, Y0 - 40000}};
        for (Double step : new Double[] {null, 37.5}) {
            String url = "/api/profile" + (step == null ? "" : "?step=" + step);
            HttpResponse<byte[]> resp = viewer.http().post(url, "application/json",
                    "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                            + toJson(line) + "}}");
            assertEquals(200, resp.statusCode(), () -> new String(resp.body()));
            JsonNode r = viewer.http().json(resp);
            JsonNode ref = viewer.mosaic().reference(Map.of("op", "profile", "layer", "dem", "coords", line,
                    "step", step == null ? 64.0 : step));
            assertEquals(step == null ? 64.0 : step, r.get("step").asDouble());
            assertEquals(ref.get("distance").size(), r.get("count").asInt());
            int nan = 0;
            for (int k = 0; k < r.get("count").asInt(); k++) {
                assertEquals(ref.get("distance").get(k).asDouble(), r.get("distance").get(k).asDouble(), 1e-9);
                assertEquals(ref.get("x").get(k).asDouble(), r.get("x").get(k).asDouble(), 1e-6);
                assertEquals(ref.get("y").get(k).asDouble(), r.get("y").get(k).asDouble(), 1e-6);
                JsonNode want = ref.get("value").get(k);
                JsonNode got = r.get("value").get(k);
                int fk = k;
                assertEquals(want.isNull(), got.isNull(), () -> "station " + fk + ": " + want + " vs " + got);
                if (want.isNull()) {
                    nan++;
                } else {
                    assertEquals(want.asDouble(), got.asDouble(), 1e-9 * Math.max(1, Math.abs(want.asDouble())));
                }
            }
            assertTrue(nan > 10 && nan < r.get("count").asInt() / 2, nan + " NaN stations");
            double[] xs = new double[line.length];
            double[] ys = new double[line.length];
            for (int k = 0; k < line.length; k++) {
                xs[k] = line[k][0];
                ys[k] = line[k][1];
            }
            DataArray core = coreLayer("dem").interp(new Polyline(xs, ys, false), step == null ? 64 : step,
                    SamplingMethod.BILINEAR).compute();
            assertSameNumbers(core.toDoubleArray(), r.get("value"));
            assertSameNumbers(core.coord("distance"), r.get("distance"));
            assertSameNumbers(core.coord("x"), r.get("x"));
            assertSameNumbers(core.coord("y"), r.get("y"));
        }
    }

    @Test
    void zonalStatisticsMatchRasterioOnPixelsWhoseCentreIsInside() {
        String polygonWithHole = "{\"type\":\"Polygon\",\"coordinates\":["
                + toJson(new double[][] {{X0 + 1000.3, Y0 - 1200.1}, {X0 + 41000.9, Y0 - 3000.4},
                    {X0 + 52000.2, Y0 - 47000.6}, {X0 + 9000.7, Y0 - 52000.3}, {X0 + 1000.3, Y0 - 1200.1}}) + ","
                + toJson(new double[][] {{X0 + 15000.1, Y0 - 15000.2}, {X0 + 25000.3, Y0 - 15000.4},
                    {X0 + 20000.5, Y0 - 25000.6}, {X0 + 15000.1, Y0 - 15000.2}}) + "]}";
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[["
                + toJson(new double[][] {{X0 - 3000, Y0 + 500}, {X0 + 8000.5, Y0 + 500}, {X0 + 8000.5, Y0 - 9000.5},
                    {X0 - 3000, Y0 - 9000.5}, {X0 - 3000, Y0 + 500}}) + "],["
                + toJson(new double[][] {{X0 + 60000.5, Y0 - 20000.5}, {X0 + 63000.5, Y0 - 20000.5},
                    {X0 + 61500.5, Y0 - 23000.5}, {X0 + 60000.5, Y0 - 20000.5}}) + "]]}";
        for (String layer : List.of("dem", "mad")) {
            for (String geometry : List.of(polygonWithHole, multi)) {
                HttpResponse<byte[]> resp = viewer.http().post("/api/zonal?layer=" + layer, "application/geo+json", geometry);
                assertEquals(200, resp.statusCode(), () -> new String(resp.body()));
                JsonNode r = viewer.http().json(resp);
                JsonNode ref;
                try {
                    ref = viewer.mosaic().reference(Map.of("op", "zonal", "layer", layer,
                            "geometry", TestMosaic.JSON.readTree(geometry)));
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
                assertEquals(ref.get("count").asLong(), r.get("count").asLong(), geometry);
                assertTrue(r.get("count").asLong() > 1000);
                assertEquals(ref.get("area_km2").asDouble(), r.get("area_km2").asDouble(), 1e-9);
                for (String stat : List.of("mean", "min", "max", "std")) {
                    double want = ref.get(stat).asDouble();
                    assertEquals(want, r.get(stat).asDouble(), 1e-9 * Math.max(1, Math.abs(want)), stat);
                }
                ZoneStats core = coreLayer(layer).zonal(Zones.of(GeoJsonReader.parse(geometry, "test", Crs.EPSG_3031),
                        null, null)).zones().get(0);
                assertEquals(core.count(), r.get("count").asLong());
                assertEquals(core.areaKm2(), r.get("area_km2").asDouble());
                assertEquals(core.mean(), r.get("mean").asDouble());
                assertEquals(core.min(), r.get("min").asDouble());
                assertEquals(core.max(), r.get("max").asDouble());
                assertEquals(core.std(), r.get("std").asDouble());
            }
        }
    }

    @Test
    void longRequestsReportTheirProgressUnderTheirId() {
        HttpResponse<byte[]> resp = Http.send(java.net.http.HttpRequest.newBuilder(viewer.server().url().resolve("/api/zonal"))
                .header("Content-Type", "application/json").header("X-Request-Id", "zonal-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"type\":\"Polygon\",\"coordinates\":["
                        + toJson(new double[][] {{X0, Y0}, {X0 + 60000, Y0}, {X0 + 60000, Y0 - 60000}, {X0, Y0}})
                        + "]}")).build());
        assertEquals(200, resp.statusCode());
        JsonNode p = viewer.http().json(viewer.http().get("/api/progress/zonal-1"));
        assertTrue(p.get("total").asLong() >= 1, p.toString());
        assertEquals(p.get("total").asLong(), p.get("done").asLong());
        // The page polls while its request may still be on its way: an id not seen yet is a request not started.
        HttpResponse<byte[]> notYet = viewer.http().get("/api/progress/not-sent-yet");
        assertEquals(200, notYet.statusCode());
        JsonNode unseen = viewer.http().json(notYet);
        assertEquals(0, unseen.get("total").asLong());
        assertEquals(0, unseen.get("done").asLong());
        assertEquals(400, viewer.http().get("/api/progress/" + "x".repeat(65)).statusCode());
        assertEquals(400, viewer.http().get("/api/progress/bad.id").statusCode());
    }

    /** The layer as {@code nunatak points/profile/zonal --mask-nodata} open it: core's Dataset over the same tiles. */
    static DataArray coreLayer(String layer) {
        TemplateSource tiles = new TemplateSource(UriTemplate.parse(viewer.mosaic().root() + "/{i}_{j}/{i}_{j}_" + layer
                + ".tif"), List.of(2, 1), List.of(1, 2));
        return Dataset.open(tiles, OpenOptions.DEFAULT).get("dem").maskNodata();
    }

    static void assertSameNumbers(double[] expected, JsonNode actual) {
        assertEquals(expected.length, actual.size());
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Double.isNaN(expected[k]), actual.get(k).isNull(), "element " + k);
            if (!Double.isNaN(expected[k])) {
                assertEquals(expected[k], actual.get(k).asDouble(), 0.0, "element " + k);
            }
        }
    }

    static String toJson(double[][] pts) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < pts.length; i++) {
            sb.append(i > 0 ? "," : "").append('[').append(pts[i][0]).append(',').append(pts[i][1]).append(']');
        }
        return sb.append(']').toString();
    }
}
