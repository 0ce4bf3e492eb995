package nunatak.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nunatak.NunatakException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** {@link GeoJsonReader}: what it reads, and errors that name the feature, the place and the fix. */
class GeoJsonReaderTest {
    private static final String SQUARE = "[[0,0],[1000,0],[1000,1000],[0,1000],[0,0]]";

    @Test
    void readsFeaturesInOrderWithIdsAndProperties() {
        List<GeoFeature> fs = GeoJsonReader.parse("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{\"z\":1,\"name\":\"Ross\",\"n\":null},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + ",[[100,100],[200,100],"
                + "[200,200],[100,100]]]}},"
                + "{\"type\":\"Feature\",\"id\":7,\"properties\":null,\"geometry\":{\"type\":\"MultiPolygon\","
                + "\"coordinates\":[[" + SQUARE + "],[[[5000,5000],[6000,5000],[6000,6000],[5000,5000]]]]}}]}",
                "zones.geojson", Crs.EPSG_3031);
        assertEquals(2, fs.size());
        assertEquals("a", fs.get(0).id());
        assertEquals(List.of("z", "name", "n"), List.copyOf(fs.get(0).properties().keySet()));
        assertEquals("Ross", fs.get(0).properties().get("name"));
        assertNull(fs.get(0).properties().get("n"));
        assertEquals(1, ((Polygon) fs.get(0).geometry()).getNumInteriorRing());
        assertEquals("7", fs.get(1).id());
        assertTrue(fs.get(1).geometry() instanceof MultiPolygon);
        assertEquals(1, fs.get(1).index());
    }

    @Test
    void projectsLonLatAndReadsBareGeometries() {
        List<GeoFeature> fs = GeoJsonReader.parse("{\"type\":\"LineString\",\"coordinates\":[[0,-71],[90,-80]]}",
                "line", Crs.EPSG_4326);
        XY first = Epsg3031.toPolar(0, -71);
        assertEquals(first.x(), fs.get(0).geometry().getCoordinates()[0].x);
        assertEquals(first.y(), fs.get(0).geometry().getCoordinates()[0].y);
    }

    @Test
    void errorsNameTheFeatureAndTheFix() {
        assertError("feature 1 (id \"b\"): coordinates[0] is not closed", "repeat the first position",
                collection(poly("a", "[" + SQUARE + "]"), poly("b", "[[[0,0],[10,0],[10,10],[0,10]]]")));
        assertError("feature 0 (id \"a\"): coordinates[0][2][1] is a string (\"x\"), not a finite number", "",
                collection(poly("a", "[[[0,0],[10,0],[10,\"x\"],[0,0]]]")));
        assertError("feature 0 (id \"a\"): coordinates[0] is nested too shallow", "check the brackets",
                collection(poly("a", SQUARE)));
        assertError("feature 0: geometry type \"Circle\" is not supported", "use Point, MultiPoint",
                collection("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Circle\","
                        + "\"coordinates\":[0,0]}}"));
        assertError("feature 0 (id \"a\"): coordinates[1] is a hole outside its polygon's shell", "separate polygon",
                collection(poly("a", "[" + SQUARE + ",[[2000,2000],[3000,2000],[3000,3000],[2000,2000]]]")));
        assertError("feature 0 (id \"a\"): coordinates[0][1] = [1000.0, 0.0] is not lon/lat", "EPSG:3031",
                collection(poly("a", "[" + SQUARE + "]")), Crs.EPSG_4326);
        assertError("look like lon/lat degrees", "EPSG:4326",
                collection(poly("a", "[[[0,-80],[10,-80],[10,-70],[0,-80]]]")));
        assertError("its \"crs\" member says EPSG:4326", "give EPSG:4326",
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                        + "\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[]}");
        assertError("has no geometry", "", collection("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}"));
        assertError("not valid JSON", "line 1", "{\"type\":");
    }

    private static void assertError(String expected, String fix, String json) {
        assertError(expected, fix, json, Crs.EPSG_3031);
    }

    private static void assertError(String expected, String fix, String json, Crs crs) {
        NunatakException e = assertThrows(NunatakException.class, () -> GeoJsonReader.parse(json, "in.geojson", crs));
        assertTrue(e.getMessage().startsWith("in.geojson"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(fix), e.getMessage());
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String poly(String id, String coordinates) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":" + coordinates + "}}";
    }
}
