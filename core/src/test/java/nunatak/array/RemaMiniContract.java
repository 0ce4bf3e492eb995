package nunatak.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicSpec;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The Pangeo notebook's workflow on the rema-mini fixture, against what xarray + rioxarray computed on it:
 * identical NaN positions, values within 1e-5 relative, coordinates exact. Subclasses choose the engine.
 */
public abstract class RemaMiniContract {
    protected static final JsonNode REF = Fixtures.remaMiniReference();

    protected abstract Engine engine();

    /** Where the tiles are read from (a path template; an HTTP URL template in subclasses). */
    protected String template() {
        return Fixtures.remaMini().toString() + "/" + REF.get("template").asText();
    }

    protected DataArray open(int chunks) {
        return DataArray.open(MosaicSpec.of(template()).withRows(List.of(40, 39, 38, 37))
                .withCols(List.of(20, 21, 22, 23)).withChunks(chunks));
    }

    protected DataArray masked() {
        return open(0).where(Condition.gt(0));
    }

    @Test
    void shapeAndCoordinatesMatchXarray() {
        DataArray a = masked();
        assertArrayEquals(new int[] {1000, 1000}, a.shape());
        assertEquals(List.of("y", "x"), a.dims());
        double[] x = a.coord("x");
        double[] y = a.coord("y");
        assertEquals(REF.get("x_first").asDouble(), x[0]);
        assertEquals(REF.get("x_last").asDouble(), x[999]);
        assertEquals(REF.get("y_first").asDouble(), y[0]);
        assertEquals(REF.get("y_last").asDouble(), y[999]);
    }

    @Test
    void validCountAndMean() {
        Grid g = masked().compute(engine()).values();
        long n = 0;
        double sum = 0;
        for (int i = 0; i < g.values().size(); i++) {
            double v = g.values().get(i);
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        assertEquals(REF.get("valid_count").asLong(), n);
        assertEquals(REF.get("valid_mean").asDouble(), sum / n, Math.abs(sum / n) * 1e-9);
    }

    @Test
    void coarsen10Mean() {
        checkCoarsen("coarsen_10_mean", masked().coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean(), true);
    }

    @Test
    void coarsen7MeanTrimsTheRemainder() {
        checkCoarsen("coarsen_7_mean", masked().coarsen(Map.of("y", 7, "x", 7), Boundary.TRIM).mean(), true);
    }

    @Test
    void coarsen25Max() {
        checkCoarsen("coarsen_25_max", masked().coarsen(Map.of("y", 25, "x", 25), Boundary.TRIM).max(), false);
    }

    @Test
    void profileAtTheTieY750000PicksXarraysPixel() {
        checkProfile("profile_y_750000", masked().sel("y", 750000, DataArray.Method.NEAREST), "y", "x");
    }

    @Test
    void profileAtY712345() {
        checkProfile("profile_y_712346", masked().sel("y", 712345.6, DataArray.Method.NEAREST), "y", "x");
    }

    @Test
    void profileAlongX() {
        checkProfile("profile_x_-912345", masked().sel("x", -912345, DataArray.Method.NEAREST), "x", "y");
    }

    @Test
    void userChunksOf5000StillGiveTheSameResult() {
        DataArray a = open(5000).where(Condition.gt(0)).coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean();
        checkCoarsen("coarsen_10_mean", a, true);
    }

    private void checkCoarsen(String key, DataArray lazy, boolean withCoords) {
        JsonNode ref = REF.get(key);
        DataArray a = lazy.compute(engine());
        assertEquals(ref.get("shape").get(0).asInt(), a.shape()[0]);
        assertEquals(ref.get("shape").get(1).asInt(), a.shape()[1]);
        if (withCoords) {
            assertCoords(ref.get("y"), a.coord("y"));
            assertCoords(ref.get("x"), a.coord("x"));
        }
        Grid g = a.values();
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                assertClose(ref.get("values").get(r).get(c), g.get(r, c), key + " [" + r + "," + c + "]");
            }
        }
    }

    private void checkProfile(String key, DataArray lazy, String selectedDim, String alongDim) {
        JsonNode ref = REF.get(key);
        DataArray p = lazy.compute(engine());
        assertEquals(List.of(alongDim), p.dims());
        assertEquals(ref.get(selectedDim + "_selected").asDouble(), p.coord(selectedDim)[0]);
        assertCoords(ref.get(alongDim), p.coord(alongDim));
        for (int i = 0; i < ref.get("values").size(); i++) {
            assertClose(ref.get("values").get(i), p.get(i), key + " [" + i + "]");
        }
    }

    static void assertCoords(JsonNode expected, double[] actual) {
        assertEquals(expected.size(), actual.length);
        for (int i = 0; i < actual.length; i++) {
            assertEquals(expected.get(i).asDouble(), actual[i], "coordinate " + i);
        }
    }

    static void assertClose(JsonNode expected, double actual, String where) {
        if (expected.isNull()) {
            assertTrue(Double.isNaN(actual), () -> where + ": expected NaN, got " + actual);
        } else {
            double e = expected.asDouble();
            assertEquals(e, actual, Math.abs(e) * 1e-5, where);
        }
    }
}
