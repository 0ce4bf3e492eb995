package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The figures' input is built as the seed notebook builds it: checked against rema-mini/reference.json. */
class RemaMiniTest {
    private static final JsonNode REF = Fixtures.remaMiniReference();

    @Test
    void coarseMapMatchesXarray() {
        MapData map = RemaMini.coarseMap(10);
        JsonNode ref = REF.get("coarsen_10_mean");
        assertEquals(ref.get("x").get(0).asDouble(), map.x()[0]);
        assertEquals(ref.get("y").get(0).asDouble(), map.y()[0]);
        JsonNode values = ref.get("values");
        int mismatches = 0;
        for (int r = 0; r < map.height(); r++) {
            for (int c = 0; c < map.width(); c++) {
                JsonNode v = values.get(r).get(c);
                double expected = v.isNull() ? Double.NaN : v.asDouble();
                double actual = map.value(r, c);
                if (Double.isNaN(expected) != Double.isNaN(actual)
                        || Math.abs(expected - actual) > 1e-3 * Math.max(1, Math.abs(expected))) {
                    mismatches++;
                }
            }
        }
        assertEquals(0, mismatches);
    }

    @Test
    void profileRowMatchesXarray() {
        JsonNode ref = REF.get("profile_y_750000");
        int row = RemaMini.rowNearest(750_000);
        assertEquals(ref.get("y_selected").asDouble(), RemaMini.y()[row]);
        ProfileData p = RemaMini.profileNear(750_000);
        int mismatches = 0;
        for (int i = 0; i < p.values().length; i++) {
            JsonNode v = ref.get("values").get(i);
            double expected = v.isNull() ? Double.NaN : v.asDouble();
            double actual = p.values()[i];
            if (Double.isNaN(expected) != Double.isNaN(actual) || Math.abs(expected - actual) > 1e-3) {
                mismatches++;
            }
        }
        assertEquals(0, mismatches);
    }
}
