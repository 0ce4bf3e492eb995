package nunatak.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closed-form EPSG:3031 against pyproj over Antarctica, both ways, within a millimetre. */
class ProvisionalPolarStereographicTest {
    @TempDir
    Path dir;

    @Test
    void agreesWithPyprojFromMinus60ToThePoleAtAllLongitudes() {
        List<double[]> lonLat = new ArrayList<>();
        for (double lat = -60; lat >= -90; lat -= 2.5) {
            for (double lon = -180; lon < 180; lon += 17.5) {
                lonLat.add(new double[] {lon, lat});
            }
        }
        TestMosaic ref = TestMosaic.at(dir);
        JsonNode xy = ref.reference(Map.of("op", "xy", "points", lonLat));
        LonLatProjection p = new ProvisionalPolarStereographic();
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < lonLat.size(); k++) {
            double[] mine = p.fromLonLat(lonLat.get(k)[0], lonLat.get(k)[1]);
            assertEquals(xy.get("x").get(k).asDouble(), mine[0], 1e-3, "x of " + lonLat.get(k)[0] + ", " + lonLat.get(k)[1]);
            assertEquals(xy.get("y").get(k).asDouble(), mine[1], 1e-3, "y of " + lonLat.get(k)[0] + ", " + lonLat.get(k)[1]);
            points.add(new double[] {xy.get("x").get(k).asDouble(), xy.get("y").get(k).asDouble()});
        }
        JsonNode back = ref.reference(Map.of("op", "lonlat", "points", points));
        for (int k = 0; k < points.size(); k++) {
            double[] mine = p.toLonLat(points.get(k)[0], points.get(k)[1]);
            double lat = back.get("lat").get(k).asDouble();
            assertEquals(lat, mine[1], 1e-9, "latitude at " + points.get(k)[0] + ", " + points.get(k)[1]);
            if (lat > -89.999) {
                double dLon = Math.IEEEremainder(back.get("lon").get(k).asDouble() - mine[0], 360);
                assertEquals(0, dLon, 1e-9, "longitude at " + points.get(k)[0] + ", " + points.get(k)[1]);
            }
        }
    }

    @Test
    void refusesPointsThatAreNotOnEarth() {
        LonLatProjection p = new ProvisionalPolarStereographic();
        assertThrows(InvalidArgumentException.class, () -> p.fromLonLat(0, -91));
        assertThrows(InvalidArgumentException.class, () -> p.fromLonLat(Double.NaN, -70));
        assertThrows(InvalidArgumentException.class, () -> p.toLonLat(Double.POSITIVE_INFINITY, 0));
    }
}
