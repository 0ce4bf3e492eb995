package nunatak.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** {@link Polyline} parsing and {@link LineStations}: count, last station within the length, positions. */
class LineStationsTest {

    @Test
    void stationsFollowTheSegments() {
        Polyline line = Polyline.parse("0,0; 300,400; 300,1000", Crs.EPSG_3031); // 500 m then 600 m
        assertEquals(1100, line.length());
        LineStations st = new LineStations(line, 100);
        assertEquals(12, st.count()); // 0, 100, ..., 1100
        StationBatch b = st.batch(0, 12);
        assertEquals(1100, b.distance()[11]);
        assertEquals(300, b.x()[11]);
        assertEquals(1000, b.y()[11]);
        assertEquals(180, b.x()[3], 1e-9); // 300 m along the first segment (3/5 of it)
        assertEquals(240, b.y()[3], 1e-9);
        assertEquals(300, b.x()[6], 1e-9); // 600 m: 100 m up the second segment
        assertEquals(500, b.y()[6], 1e-9);
        assertNull(b.lon());
        StationBatch tail = st.batch(10, 2); // batches anywhere give the same stations
        assertEquals(b.y()[10], tail.y()[0]);
    }

    @Test
    void lastStationNeverPassesTheEnd() {
        Polyline line = Polyline.parse("0,0;1000,0", Crs.EPSG_3031);
        for (double step : new double[] {0.1, 0.3, 3, 7, 333.3333, 1000, 1500}) {
            LineStations st = new LineStations(line, step);
            StationBatch b = st.batch(0, (int) st.count());
            double last = b.distance()[b.size() - 1];
            assertTrue(last <= line.length() && last + step > line.length(), "step " + step + ": last at " + last);
        }
    }

    @Test
    void lonLatLinesAreSampledInPolarMetresAndReportedInLonLat() {
        Polyline line = Polyline.parse("0,-75;90,-75", Crs.EPSG_4326);
        XY a = Epsg3031.toPolar(0, -75);
        XY b = Epsg3031.toPolar(90, -75);
        assertEquals(Math.hypot(b.x() - a.x(), b.y() - a.y()), line.length(), 1e-6);
        LineStations st = new LineStations(line, 1000);
        StationBatch s = st.batch(0, (int) st.count());
        assertEquals(0, s.lon()[0], 1e-9);
        assertEquals(-75, s.lat()[0], 1e-9);
        int mid = s.size() / 2;
        assertTrue(s.lat()[mid] < -75.5, "a straight EPSG:3031 segment bends towards the pole: " + s.lat()[mid]);
        LonLat back = Epsg3031.toLonLat(s.x()[mid], s.y()[mid]);
        assertEquals(back.lon(), s.lon()[mid]);
    }

    @Test
    void badLinesAreClearErrors() {
        assertThrows(InvalidArgumentException.class, () -> Polyline.parse("0,0", Crs.EPSG_3031));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> Polyline.parse("0,0;1,x", Crs.EPSG_3031));
        assertTrue(e.getMessage().contains("vertex 1"), e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> Polyline.parse("0,0;-800000,100000", Crs.EPSG_4326));
        assertTrue(e.getMessage().contains("not lon,lat"), e.getMessage());
        assertThrows(InvalidArgumentException.class, () -> new LineStations(Polyline.parse("0,0;1,1",
                Crs.EPSG_3031), 0));
        e = assertThrows(InvalidArgumentException.class, () -> Polyline.of(List.of(), "line.geojson", false));
        assertTrue(e.getMessage().contains("holds 0 features"), e.getMessage());
    }
}
