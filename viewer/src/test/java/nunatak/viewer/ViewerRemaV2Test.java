package nunatak.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nunatak.analysis.SamplingMethod;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.array.ZoneStats;
import nunatak.array.Zones;
import nunatak.catalog.RemaV2Layer;
import nunatak.engine.Engine;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.mosaic.CatalogSources;
import nunatak.mosaic.MosaicSource;
import nunatak.sample.RemaV2SampleResult;
import nunatak.source.SourceOptions;
import nunatak.testing.Gdal;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.RemaV2Fixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The viewer over the REMA v2 sample (cells 40:39 × 20:21: two whole tiles, the half tile 40_21, no tile in 40_20;
 * buffers overlapping), served over HTTP and opened twice: from its static STAC catalog and from its DEM's VRT.
 * Layers, grid, tiles, points, profiles and zonal statistics are checked against GDAL (and rasterio, numpy) reading
 * the sample's VRTs, and against what core computes for the same source.
 */
class ViewerRemaV2Test {
    /** Where cells 39_20, 39_21, 40_20 (no tile) and 40_21 (a half tile) meet. */
    static final double CORNER_X = -1_000_000;
    static final double CORNER_Y = 900_000;

    static RemaV2SampleResult sample;
    static RangeHttpServer files;
    static Viewer stac;
    static Viewer vrt;
    static TestMosaic refs;
    static Path work;

    /** A viewer, the source it was opened from, and its HTTP client. */
    record Viewer(MosaicSource source, ViewerServer server, Http http) {
        static Viewer of(MosaicSource source) {
            ViewSource view = ViewSource.open(source.describe(), SourceLayers.of(source, "dem", null,
                    SourceOptions.DEFAULT), OpenOptions.DEFAULT, LayerMask.NONE, Engine.local());
            ViewerServer server = ViewerServer.start(view, ViewerOptions.defaults().withPort(0));
            return new Viewer(source, server, new Http(server.url()));
        }

        /** A layer as {@code nunatak points/profile/zonal --mask-nodata} open it from the same source. */
        DataArray core(String layer) {
            return Dataset.open(source, OpenOptions.DEFAULT.withAssets(List.of(layer))).get(layer).maskNodata();
        }
    }

    @BeforeAll
    static void start() throws IOException {
        Gdal.requireInstalled();
        sample = RemaV2Fixture.small();
        files = RangeHttpServer.serve(sample.root());
        stac = Viewer.of(new CatalogSources.Stac(url(sample.collection())));
        vrt = Viewer.of(new CatalogSources.Vrt(url(sample.vrts().get(RemaV2Layer.DEM)), 1));
        work = Files.createTempDirectory("nunatak-viewer-v2");
        refs = TestMosaic.at(work);
    }

    @AfterAll
    static void stop() {
        for (Viewer v : new Viewer[] {stac, vrt}) {
            if (v != null) {
                v.server().close();
            }
        }
        if (files != null) {
            files.close();
        }
    }

    @Test
    void layersAreTheStacItemsAssetsOrTheSiblingVrtsOnGdalsGrid() {
        assertEquals(List.of("dem", "hillshade", "count", "mad", "maxdate", "mindate", "datamask"), layers(stac));
        assertEquals(List.of("dem", "hillshade", "mad", "count", "mindate", "maxdate", "datamask"), layers(vrt));
        JsonNode gdal = Gdal.info(sample.vrts().get(RemaV2Layer.DEM));
        double[] gt = new double[6];
        for (int k = 0; k < 6; k++) {
            gt[k] = gdal.get("geoTransform").get(k).asDouble();
        }
        int w = gdal.get("size").get(0).asInt();
        int h = gdal.get("size").get(1).asInt();
        for (Viewer v : new Viewer[] {stac, vrt}) {
            JsonNode info = v.http().json(v.http().get("/api/info"));
            assertEquals(List.of(h, w), List.of(info.get("shape").get(0).asInt(), info.get("shape").get(1).asInt()));
            assertEquals(List.of(gt[0], gt[3] + h * gt[5], gt[0] + w * gt[1], gt[3]), List.of(
                    info.get("bounds").get(0).asDouble(), info.get("bounds").get(1).asDouble(),
                    info.get("bounds").get(2).asDouble(), info.get("bounds").get(3).asDouble()));
            assertEquals(32.0, info.get("res").get(0).asDouble());
            assertTrue(info.get("levels").size() > 1, "overviews: " + info.get("levels"));
        }
    }

    /** Zoom 10 is 32 m: the four tiles around the corner where the cells meet, pixel for pixel GDAL's read of the VRT. */
    @Test
    void fullResolutionTilesAreGdalsPixelsAcrossSeamsTheHalfTileAndTheHole() throws IOException {
        double size = 256 * 32.0;
        long tx0 = (long) Math.floor((CORNER_X - PolarTileGrid.ORIGIN_X) / size) - 1;
        long ty0 = (long) Math.floor((PolarTileGrid.ORIGIN_Y - CORNER_Y) / size) - 1;
        double x0 = PolarTileGrid.ORIGIN_X + tx0 * size;
        double y0 = PolarTileGrid.ORIGIN_Y - ty0 * size;
        Path out = work.resolve("window.f64");
        JsonNode ans = refs.reference(Map.of("op", "window", "vrt", sample.vrts().get(RemaV2Layer.DEM).toString(),
                "bounds", List.of(x0, y0 - 2 * size, x0 + 2 * size, y0), "out", out.toString()));
        TileAssertions.Raster ref = new TileAssertions.Raster(nunatak.testing.ReferenceTools.readDoubles(out),
                ans.get("shape").get(0).asInt(), ans.get("shape").get(1).asInt(), x0, y0, 32);
        for (Viewer v : new Viewer[] {stac, vrt}) {
            TileAssertions.Count n = new TileAssertions.Count(0, 0, 0);
            for (long ty = ty0; ty < ty0 + 2; ty++) {
                for (long tx = tx0; tx < tx0 + 2; tx++) {
                    HttpResponse<byte[]> r = v.http().get("/tiles/10/" + tx + "/" + ty + ".png?colormap=gray&vmin=0"
                            + "&vmax=3000");
                    n = n.plus(TileAssertions.assertTile(ViewerTilesTest.png(r), "dem", 10, tx, ty, ref, 0, 3000,
                            false));
                }
            }
            assertTrue(n.transparent() > 65536 && n.transparent() < n.compared() - 65536, n + " (the hole of 40_20)");
        }
    }

    @Test
    void pointsAreGdalsPixelsAndCoresNearestSamples() {
        double[][] points = {{CORNER_X + 100.5, CORNER_Y - 30.25}, {CORNER_X - 10.5, CORNER_Y - 16}, {CORNER_X + 5000,
            CORNER_Y + 5000}, {CORNER_X - 5000, CORNER_Y + 5000}, {CORNER_X - 33333.3, CORNER_Y - 44444.4},
            {CORNER_X + 777.7, CORNER_Y + 31.9}};
        for (String layer : List.of("dem", "count")) {
            JsonNode ref = refs.reference(Map.of("op", "point", "points", points,
                    "vrt", sample.vrts().get(RemaV2Layer.parse(layer)).toString()));
            for (Viewer v : new Viewer[] {stac, vrt}) {
                double[] xs = new double[points.length];
                double[] ys = new double[points.length];
                for (int k = 0; k < points.length; k++) {
                    xs[k] = points[k][0];
                    ys[k] = points[k][1];
                }
                double[] core = v == vrt && !layer.equals("dem") ? null
                        : v.core(layer).at(xs, ys, SamplingMethod.NEAREST).compute().toDoubleArray();
                for (int k = 0; k < points.length; k++) {
                    JsonNode r = v.http().json(v.http().get("/api/point?layer=" + layer + "&x=" + xs[k] + "&y=" + ys[k]));
                    JsonNode want = ref.get("value").get(k);
                    assertEquals(want.isNull() ? null : want.asDouble(), r.get("value").isNull() ? null
                            : r.get("value").asDouble(), layer + " at " + xs[k] + ", " + ys[k]);
                    if (core != null) {
                        assertEquals(Double.isNaN(core[k]) ? null : core[k], r.get("value").isNull() ? null
                                : r.get("value").asDouble());
                    }
                }
            }
            assertTrue(ref.get("value").get(3).isNull(), "40_20 has no tile");
        }
    }

    @Test
    void profilesAreNumpysBilinearAndCoresInterp() {
        double[][] line = {{CORNER_X - 30000.3, CORNER_Y - 20000.7}, {CORNER_X + 12000.1, CORNER_Y + 9000.9},
            {CORNER_X - 9000.4, CORNER_Y + 30000.2}};
        JsonNode ref = refs.reference(Map.of("op", "profile", "coords", line, "step", 32.0,
                "vrt", sample.vrts().get(RemaV2Layer.DEM).toString()));
        double[] xs = {line[0][0], line[1][0], line[2][0]};
        double[] ys = {line[0][1], line[1][1], line[2][1]};
        for (Viewer v : new Viewer[] {stac, vrt}) {
            HttpResponse<byte[]> resp = v.http().post("/api/profile", "application/json",
                    "{\"type\":\"LineString\",\"coordinates\":" + ViewerAnalysesTest.toJson(line) + "}");
            assertEquals(200, resp.statusCode(), () -> new String(resp.body()));
            JsonNode r = v.http().json(resp);
            assertEquals(ref.get("distance").size(), r.get("count").asInt());
            int nan = 0;
            for (int k = 0; k < r.get("count").asInt(); k++) {
                JsonNode want = ref.get("value").get(k);
                JsonNode got = r.get("value").get(k);
                int fk = k;
                assertEquals(want.isNull(), got.isNull(), () -> "station " + fk + ": " + want + " vs " + got);
                nan += want.isNull() ? 1 : 0;
                if (!want.isNull()) {
                    assertEquals(want.asDouble(), got.asDouble(), 1e-9 * Math.max(1, Math.abs(want.asDouble())));
                }
            }
            assertTrue(nan > 100 && nan < r.get("count").asInt() / 2, nan + " stations in the hole");
            DataArray core = v.core("dem").interp(new Polyline(xs, ys, false), 32, SamplingMethod.BILINEAR).compute();
            ViewerAnalysesTest.assertSameNumbers(core.toDoubleArray(), r.get("value"));
            ViewerAnalysesTest.assertSameNumbers(core.coord("x"), r.get("x"));
        }
    }

    @Test
    void zonalStatisticsAreRasteriosAndCores() throws IOException {
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[" + ViewerAnalysesTest.toJson(new double[][] {
            {CORNER_X - 20000.5, CORNER_Y - 25000.25}, {CORNER_X + 15000.75, CORNER_Y - 18000.5},
            {CORNER_X + 9000.25, CORNER_Y + 22000.75}, {CORNER_X - 14000.5, CORNER_Y + 12000.25},
            {CORNER_X - 20000.5, CORNER_Y - 25000.25}}) + "]}";
        JsonNode ref = refs.reference(Map.of("op", "zonal", "geometry", TestMosaic.JSON.readTree(polygon),
                "vrt", sample.vrts().get(RemaV2Layer.DEM).toString()));
        for (Viewer v : new Viewer[] {stac, vrt}) {
            HttpResponse<byte[]> resp = v.http().post("/api/zonal", "application/json", polygon);
            assertEquals(200, resp.statusCode(), () -> new String(resp.body()));
            JsonNode r = v.http().json(resp);
            assertEquals(ref.get("count").asLong(), r.get("count").asLong());
            assertTrue(r.get("count").asLong() > 100_000, r.toString());
            for (String stat : List.of("area_km2", "mean", "min", "max", "std")) {
                double want = ref.get(stat).asDouble();
                assertEquals(want, r.get(stat).asDouble(), 1e-9 * Math.max(1, Math.abs(want)), stat);
            }
            ZoneStats core = v.core("dem").zonal(Zones.of(GeoJsonReader.parse(polygon, "test", Crs.EPSG_3031), null,
                    null)).zones().get(0);
            assertEquals(core.count(), r.get("count").asLong());
            assertEquals(core.mean(), r.get("mean").asDouble());
            assertEquals(core.std(), r.get("std").asDouble());
        }
    }

    private static List<String> layers(Viewer v) {
        List<String> out = new ArrayList<>();
        v.http().json(v.http().get("/api/info")).get("layers").forEach(l -> out.add(l.get("name").asText()));
        return out;
    }

    private static String url(Path file) {
        return files.uri(sample.root().relativize(file).toString().replace('\\', '/')).toString();
    }
}
