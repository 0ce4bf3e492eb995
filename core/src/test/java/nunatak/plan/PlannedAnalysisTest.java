package nunatak.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nunatak.analysis.SamplingMethod;
import nunatak.array.DataArray;
import nunatak.array.Dtype;
import nunatak.array.ZoneStats;
import nunatak.array.Zones;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.MosaicSpec;
import nunatak.sample.SampleMosaic;
import nunatak.sample.SampleOptions;
import nunatak.sample.SampleProgress;
import nunatak.sample.SampleResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines and zones planned over a lazy mosaic give what the same analyses give on its values in memory: bilinear
 * samples in float64 (not rounded to the pixels' float32), and zonal statistics of a zone in two parts with blocks
 * between them that the plan does not fetch (a task reads its runs, not its window's whole rows).
 */
class PlannedAnalysisTest {
    @TempDir
    static Path dir;
    static DataArray dem;

    @BeforeAll
    static void sample() {
        // 2 tiles of 1000 px (100 m) in 512-pixel blocks, in one chunk (so one task spans both zone parts).
        SampleResult s = SampleMosaic.generate(SampleOptions.defaults(dir).withRows(new IndexRange(40, 40))
                .withCols(new IndexRange(20, 21)).withRes(100).withSeed(5).withThreads(2), SampleProgress.NONE);
        dem = DataArray.open(MosaicSpec.of(s.root() + "/" + s.template()).withRows(List.of(40)).withCols(List.of(20, 21))
                .withChunks(2048)).maskNodata();
    }

    @Test
    void bilinearSamplesAreFloat64AsInMemory() {
        Polyline line = new Polyline(new double[] {-1_090_000.3, -930_000.7}, new double[] {905_000.1, 990_000.9}, false);
        DataArray planned = dem.interp(line, 37.5, SamplingMethod.BILINEAR).compute();
        DataArray memory = dem.compute().interp(line, 37.5, SamplingMethod.BILINEAR).compute();
        assertEquals(Dtype.FLOAT64, planned.dtype());
        assertArrayEquals(memory.toDoubleArray(), planned.toDoubleArray());
        long notFloat = java.util.Arrays.stream(planned.toDoubleArray()).filter(v -> v == v && v != (float) v).count();
        assertTrue(notFloat > 1000, notFloat + " values between float32s");
    }

    @Test
    void aZoneInPartsBlocksApartReadsOnlyItsRunsAndMatchesTheValuesInMemory() {
        // Columns 100..300 and 1700..1900 of rows 100..400: blocks 512..1023 and 1024..1535 of those rows hold none.
        String parts = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-1090000,990000],[-1070000,990000],"
                + "[-1070000,960000],[-1090000,960000],[-1090000,990000]]],[[[-930000,990000],[-910000,990000],"
                + "[-910000,960000],[-930000,960000],[-930000,990000]]]]}";
        Zones zones = Zones.of(GeoJsonReader.parse(parts, "two squares", Crs.EPSG_3031), null, null);
        ZoneStats planned = dem.zonal(zones).zones().get(0);
        ZoneStats memory = dem.compute().zonal(zones).zones().get(0);
        assertTrue(planned.count() > 50_000, planned.toString());
        assertEquals(memory.count(), planned.count());
        assertEquals(memory.min(), planned.min());
        assertEquals(memory.max(), planned.max());
        assertEquals(memory.mean(), planned.mean(), 1e-12 * Math.abs(memory.mean()));
        assertEquals(memory.std(), planned.std(), 1e-9 * memory.std());
    }
}
