package scientist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nunatak.array.Affine;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.Slice;
import nunatak.array.ZonalStatistics;
import nunatak.array.ZoneStats;
import nunatak.array.Zones;
import nunatak.engine.Engine;
import nunatak.engine.JobStats;
import nunatak.engine.ProgressListener;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.mosaic.MosaicSpec;
import nunatak.serve.RangeFileServer;
import nunatak.testing.Fixtures;
import nunatak.testing.Gdal;
import nunatak.testing.ReferenceTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API as a scientist uses it, from a package of their own (only public API compiles here): the notebook,
 * one GeoTIFF, a profile as {@code float[]}, a box, zonal statistics. Every number is checked against the
 * notebook's own stack run on the same files: xarray + rioxarray (testdata's references, and a box selected with
 * {@code .sel()}), rasterio (one file's windows; zonal masks by {@code geometry_mask}). Subclasses choose the
 * engine.
 */
public abstract class ScientistApiContract {
    private static final JsonNode NOTEBOOK = Fixtures.remaMiniReference();
    private static final String TEMPLATE = Fixtures.remaMini() + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";

    protected abstract Engine engine();

    @Test
    void theNotebook() {
        DataArray dem = DataArray.open(MosaicSpec.of(TEMPLATE).rows("40:37").cols("20:23").withChunks(300));
        DataArray masked = dem.where(Condition.gt(0));

        DataArray map = masked.coarsen(Map.of("y", 10, "x", 10)).mean().persist(engine(), ProgressListener.NONE);
        JsonNode ref = NOTEBOOK.get("coarsen_10_mean");
        assertArrayEquals(new int[] {100, 100}, map.shape());
        assertArrayEquals(doubles(ref.get("x")), map.coord("x"));
        assertArrayEquals(doubles(ref.get("y")), map.coord("y"));
        float[] values = map.toFloatArray();
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < 100; c++) {
                assertClose(ref.get("values").get(r).get(c), values[r * 100 + c], "map[" + r + "," + c + "]");
                assertEquals(values[r * 100 + c], map.get(r, c), 0.0);
            }
        }
        JobStats job = map.job();
        assertEquals(engine().name(), job.engine());
        // another test in this JVM may have decoded these blocks already: then they come from the shared cache
        assertTrue(job.tasks() > 1 && job.blocks() >= 60 && (job.bytes() > 0 || job.cacheHits() >= job.blocks()),
                job::toString);

        DataArray profile = masked.sel("y", 750000, DataArray.Method.NEAREST).compute(engine());
        JsonNode p = NOTEBOOK.get("profile_y_750000");
        assertEquals(p.get("y_selected").asDouble(), profile.coord("y")[0]);   // the tie goes where xarray's goes
        assertArrayEquals(doubles(p.get("x")), profile.coord("x"));
        float[] elevations = profile.toFloatArray();
        assertEquals(1000, elevations.length);
        for (int i = 0; i < elevations.length; i++) {
            assertExact(p.get("values").get(i), elevations[i], "profile[" + i + "]");
        }
    }

    @Test
    void oneGeoTiffFromDiskAndOverHttp() {
        JsonNode ref = Fixtures.cogReference().get("lzw_pred3_bigtiff.tif");
        try (RangeFileServer server = RangeFileServer.serve(Fixtures.cog("lzw.tif").getParent())) {
            for (String uri : List.of(Fixtures.cog("lzw_pred3_bigtiff.tif").toString(),
                    server.baseUrl() + "/lzw_pred3_bigtiff.tif")) {
                DataArray tile = DataArray.open(uri);
                assertArrayEquals(new int[] {ref.get("height").asInt(), ref.get("width").asInt()}, tile.shape());
                JsonNode t = ref.get("transform");
                assertEquals(new Affine(t.get(0).asDouble(), t.get(1).asDouble(), t.get(2).asDouble(),
                        t.get(3).asDouble(), t.get(4).asDouble(), t.get(5).asDouble()), tile.georef().transform());
                assertEquals(ref.get("nodata").asDouble(), tile.georef().nodata());
                for (JsonNode w : ref.get("windows")) {
                    int row = w.get("row").asInt();
                    int col = w.get("col").asInt();
                    DataArray window = tile.isel("y", Slice.of(row, row + w.get("height").asInt()))
                            .isel("x", Slice.of(col, col + w.get("width").asInt())).compute(engine());
                    for (int r = 0; r < w.get("height").asInt(); r++) {
                        for (int c = 0; c < w.get("width").asInt(); c++) {
                            assertExact(w.get("values").get(r).get(c), window.get(r, c), uri + " " + w);
                        }
                    }
                }
                double[] valid = tile.maskNodata().compute(engine()).toDoubleArray();
                long count = 0;
                double sum = 0;
                for (double v : valid) {
                    if (!Double.isNaN(v)) {
                        count++;
                        sum += v;
                    }
                }
                assertEquals(ref.get("valid_count").asLong(), count);
                assertEquals(ref.get("valid_sum").asDouble(), sum, 1e-9 * sum);
            }
        }
    }

    @Test
    void aBoxAsXarraySelectsIt(@TempDir Path dir) throws IOException {
        double xmin = -1_030_000, ymin = 680_000, xmax = -880_000, ymax = 830_000;
        JsonNode ref = reference(dir, "box", Fixtures.remaMini(), xmin, ymin, xmax, ymax);
        DataArray dem = DataArray.open(MosaicSpec.of(TEMPLATE).rows("40:37").cols("20:23")).where(Condition.gt(0));
        for (DataArray box : List.of(dem.selBox(xmin, ymin, xmax, ymax),
                dem.sel("y", ymax, ymin).sel("x", xmin, xmax))) {
            DataArray values = box.compute(engine());
            assertArrayEquals(new int[] {ref.get("shape").get(0).asInt(), ref.get("shape").get(1).asInt()},
                    values.shape());
            assertArrayEquals(doubles(ref.get("x")), values.coord("x"));
            assertArrayEquals(doubles(ref.get("y")), values.coord("y"));
            for (int r = 0; r < values.shape()[0]; r++) {
                for (int c = 0; c < values.shape()[1]; c++) {
                    assertExact(ref.get("values").get(r).get(c), values.get(r, c), "box[" + r + "," + c + "]");
                }
            }
        }
    }

    @Test
    void zonalStatisticsAsRasterioMasksThem(@TempDir Path dir) throws IOException {
        // A U across four tiles and the missing one (the rows between its arms cross blocks it does not cover),
        // and a square with a hole, in EPSG:3031 metres.
        Path zones = dir.resolve("zones.geojson");
        Files.writeString(zones, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "U"}, "geometry": {"type": "Polygon", "coordinates": [[
                   [-1060000, 660000], [-860000, 660000], [-860000, 860000], [-900000, 860000], [-900000, 700000],
                   [-1020000, 700000], [-1020000, 860000], [-1060000, 860000], [-1060000, 660000]]]}},
                 {"type": "Feature", "properties": {"name": "ring"}, "geometry": {"type": "Polygon", "coordinates": [
                   [[-820000, 880000], [-720000, 880000], [-720000, 980000], [-820000, 980000], [-820000, 880000]],
                   [[-790000, 910000], [-790000, 950000], [-750000, 950000], [-750000, 910000], [-790000, 910000]]]}}
                ]}
                """);
        JsonNode ref = reference(dir, "zonal", Fixtures.remaMini(), zones);
        DataArray dem = DataArray.open(MosaicSpec.of(TEMPLATE).rows("40:37").cols("20:23").withChunks(256))
                .where(Condition.gt(0));
        ZonalStatistics stats = dem.zonal(Zones.of(GeoJsonReader.read(zones, Crs.EPSG_3031), "name", null),
                engine(), ProgressListener.NONE);
        assertEquals(2, stats.zones().size());
        for (int i = 0; i < 2; i++) {
            ZoneStats z = stats.zones().get(i);
            JsonNode r = ref.get(i);
            assertEquals(r.get("count").asLong(), z.count(), z.id());
            assertEquals(r.get("mean").asDouble(), z.mean(), 1e-12 * Math.abs(z.mean()), z.id());
            assertEquals(r.get("min").asDouble(), z.min(), 0.0, z.id());
            assertEquals(r.get("max").asDouble(), z.max(), 0.0, z.id());
            assertEquals(r.get("std").asDouble(), z.std(), 1e-9 * z.std(), z.id());
            assertEquals(z.count() * 0.16, z.areaKm2(), 1e-9 * z.areaKm2(), z.id());
        }
        assertEquals(engine().name(), stats.job().engine());
    }

    /** What references.py (next to this class in the test resources) prints for these arguments. */
    private static JsonNode reference(Path dir, Object... args) throws IOException {
        Path script = dir.resolve("references.py");
        Files.writeString(script, Gdal.script("/scientist/references.py"));
        List<String> command = new ArrayList<>(List.of(ReferenceTools.PYTHON, script.toString()));
        for (Object a : args) {
            command.add(String.valueOf(a));
        }
        return Gdal.json(ReferenceTools.run(command));
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    /** Pixels are float32 in both stacks: the same bits, NaN where the reference has null. */
    private static void assertExact(JsonNode expected, double actual, String where) {
        if (expected.isNull()) {
            assertTrue(Double.isNaN(actual), () -> where + ": expected no data, got " + actual);
        } else {
            assertEquals((float) expected.asDouble(), (float) actual, 0.0f, where);
        }
    }

    /** Means of float32 pixels: numpy and nunatak sum in different orders. */
    private static void assertClose(JsonNode expected, double actual, String where) {
        if (expected.isNull()) {
            assertTrue(Double.isNaN(actual), () -> where + ": expected no data, got " + actual);
        } else {
            assertEquals(expected.asDouble(), actual, Math.abs(expected.asDouble()) * 1e-5, where);
        }
    }
}
