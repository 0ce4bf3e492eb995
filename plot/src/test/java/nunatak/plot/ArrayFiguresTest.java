package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nunatak.BadContentException;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrayFiguresTest {
    @TempDir
    Path dir;

    @Test
    void readsAMapWithNullsAsNan() throws Exception {
        Path f = dir.resolve("map.json");
        Files.writeString(f, """
                {"dims":["y","x"],"coords":{"y":[1000,600],"x":[-800,-400,0]},
                 "values":[[1,null,3],[4,5,6]],"name":"dem",
                 "attrs":{"long_name":"elevation above sea level","units":"m a.s.l.","crs":"EPSG:3031"}}""");
        MapData m = ArrayFigures.map(ArrayFigures.read(f.toString()));
        assertEquals(3, m.width());
        assertEquals(2, m.height());
        assertTrue(Double.isNaN(m.value(0, 1)));
        assertEquals(6, m.value(1, 2));
        assertEquals("elevation above sea level [m a.s.l.]", m.colorBarLabel());
        assertEquals("EPSG:3031", m.crs());
    }

    @Test
    void readsAProfile() throws Exception {
        Path f = dir.resolve("profile.json");
        Files.writeString(f, "{\"dims\":[\"x\"],\"coords\":{\"x\":[0,400,800]},\"values\":[1.5,null,2]}");
        ProfileData p = ArrayFigures.profile(ArrayFigures.read(f.toString()));
        assertArrayEquals(new double[] {0, 400, 800}, p.positions());
        assertTrue(Double.isNaN(p.values()[1]));
        assertEquals("x [km]", p.positionLabel());
    }

    @Test
    void explainsMalformedJson() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"dims\":[\"y\",\"x\"],\"coords\":{\"y\":[1],\"x\":[1,2]},\"values\":[[1]]}");
        BadContentException e = assertThrows(BadContentException.class, () -> ArrayFigures.read(f.toString()));
        assertTrue(e.getMessage().contains("values[0] has 1 entries, expected 2"), e.getMessage());
    }

    @Test
    void readsAGeoTiff() {
        MapData m = ArrayFigures.map(ArrayFigures.read(Fixtures.cog("lzw.tif").toString()));
        assertEquals(700, m.width());
        assertEquals(600, m.height());
        assertEquals(-1_029_600 + 32, m.x()[0]);
        assertEquals(846_400 - 32, m.y()[0]);
        assertEquals("EPSG:3031", m.crs());
        assertTrue(java.util.Arrays.stream(m.values()).anyMatch(Double::isNaN), "nodata should become NaN");
        assertTrue(Plots.renderMap(m.withTitle("lzw.tif"), PlotOptions.defaults()).getWidth() > 0);
    }
}
