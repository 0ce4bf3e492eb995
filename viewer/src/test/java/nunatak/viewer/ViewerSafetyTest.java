package nunatak.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Malformed requests are 4xx with a JSON error; nothing outside the jar's web folder is served; foreign hosts are refused. */
class ViewerSafetyTest {
    @RegisterExtension
    static final RunningViewer viewer = new RunningViewer();

    @Test
    void badTileRequestsAre400WithTheReason() {
        assertError(400, "is not a whole number", viewer.http().get("/tiles/abc/1/1.png"));
        assertError(400, "zoom 40 is outside this source's tiles: zoom 0..11", viewer.http().get("/tiles/40/0/0.png"));
        assertError(400, "zoom 12 is outside", viewer.http().get("/tiles/12/0/0.png"));
        assertError(400, "x and y run from 0 to 511", viewer.http().get("/tiles/9/-1/0.png"));
        assertError(400, "x and y run from 0 to 511", viewer.http().get("/tiles/9/0/512.png"));
        assertError(400, "is not a whole number", viewer.http().get("/tiles/9/0/99999999999999999999.png"));
        assertError(400, "unknown layer 'nope'; this source has [dem, mad, count] and hillshade",
                viewer.http().get("/tiles/9/192/208.png?layer=nope"));
        assertError(400, "unknown colour map 'jet'", viewer.http().get("/tiles/9/192/208.png?colormap=jet"));
        assertError(400, "vmin=low is not a number", viewer.http().get("/tiles/9/192/208.png?vmin=low"));
        assertError(400, "vmax=NaN must be a finite number", viewer.http().get("/tiles/9/192/208.png?vmax=NaN"));
        assertError(400, "vmin < vmax", viewer.http().get("/tiles/9/192/208.png?vmin=5&vmax=1"));
        assertError(400, "exaggeration", viewer.http().get("/tiles/9/192/208.png?hillshade=1&exaggeration=-2"));
        assertError(400, "hillshade=maybe must be true or false", viewer.http().get("/tiles/9/192/208.png?hillshade=maybe"));
        assertError(404, "tiles are /tiles/{z}/{x}/{y}.png", viewer.http().get("/tiles/9/192/208.jpg"));
    }

    /** Bad GeoJSON is read by core's GeoJSON reader, whose messages name the feature and the position at fault. */
    @Test
    void badPointProfileAndZonalRequestsAre4xx() {
        assertError(400, "x=abc is not a number", viewer.http().get("/api/point?x=abc&y=1"));
        assertError(400, "give the point as x=&y=", viewer.http().get("/api/point?x=1"));
        assertError(400, "give the point as x=&y=", viewer.http().get("/api/point?x=1&y=2&lon=3&lat=4"));
        assertError(400, "latitude must lie in [-90, 90]", viewer.http().get("/api/point?lon=0&lat=-100"));
        assertError(400, "unknown layer", viewer.http().get("/api/point?x=1&y=1&layer=../../etc/passwd"));
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[-1040000,780000],[-1000000,780000],"
                + "[-1000000,740000],[-1040000,780000]]]}";
        String line = "{\"type\":\"LineString\",\"coordinates\":[[-1040000,780000],[-1000000,740000]]}";
        assertError(400, "feature 0 is a Polygon; a profile needs a LineString",
                viewer.http().post("/api/profile", "application/json", polygon));
        assertError(400, "zones must be Polygons or MultiPolygons", viewer.http().post("/api/zonal", "application/json", line));
        assertError(400, "the request body is not JSON", viewer.http().post("/api/profile", "application/json", "{nope"));
        assertError(415, "Content-Type: application/json", viewer.http().post("/api/profile", "text/plain", line));
        assertError(400, "must be a positive number", viewer.http().post("/api/profile?step=-1", "application/json", line));
        assertError(400, "step=0x10 is not a number", viewer.http().post("/api/profile?step=0x10", "application/json", line));
        assertError(400, "the viewer draws at most", viewer.http().post("/api/profile?step=0.001", "application/json", line));
        assertError(400, "a LineString needs at least two", viewer.http().post("/api/profile", "application/json",
                "{\"type\":\"LineString\",\"coordinates\":[[-1040000,780000]]}"));
        assertError(400, "coordinates[1][0] is", viewer.http().post("/api/profile", "application/json",
                "{\"type\":\"LineString\",\"coordinates\":[[-1040000,780000],[\"a\",1]]}"));
        assertError(400, "look like lon/lat degrees, not EPSG:3031 metres", viewer.http().post("/api/profile",
                "application/json", "{\"type\":\"LineString\",\"coordinates\":[[-70,-80],[-60,-81]]}"));
        assertError(400, "is not closed", viewer.http().post("/api/zonal", "application/json",
                "{\"type\":\"Polygon\",\"coordinates\":[[[-1040000,780000],[-1000000,780000],[-1000000,740000],"
                        + "[-1040000,740000]]]}"));
        assertError(400, "holds 0 features; send one Polygon", viewer.http().post("/api/zonal",
                "application/json", "{\"type\":\"FeatureCollection\",\"features\":[]}"));
        assertError(404, "no such page or API: GET /api/nothing", viewer.http().get("/api/nothing"));
        assertError(404, "no such page or API", viewer.http().get("/api/profile"));
    }

    @Test
    void staticFilesComeFromTheJarsWebFolderOnly() throws IOException {
        HttpResponse<byte[]> page = viewer.http().get("/");
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("/webjars/ol/10.7.0/dist/ol.js") && !html.contains("${"), "versions filled in");
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing is loaded from the internet");
        for (String asset : new String[] {"/webjars/ol/10.7.0/dist/ol.js", "/webjars/ol/10.7.0/ol.css",
            "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "/vendor/proj4.js", "/js/app.js", "/app.css"}) {
            assertEquals(200, viewer.http().get(asset).statusCode(), asset);
        }
        String[] attacks = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/js/../../../../../etc/passwd",
            "/..%2f..%2f..%2fetc%2fpasswd", "/nunatak/viewer/ViewerServer.class", "/ViewerServer.class",
            "/../ViewerServer.class", "/webjars/../nunatak/viewer/ViewerServer.class", "/%2e%2e/ViewerServer.class",
            "/js/..%5c..%5cViewerServer.class", "/META-INF/MANIFEST.MF", "/webjars/../../../etc/passwd"};
        for (String path : attacks) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + viewer.server().url().getPort()
                    + "\r\nConnection: close\r\n\r\n");
            int status = Integer.parseInt(response.substring(9, 12));
            assertTrue(status == 400 || status == 404, path + " -> " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("root:") || response.contains("\u00ca\u00fe\u00ba\u00be")
                    || response.contains("Manifest-Version"), path);
        }
    }

    @Test
    void requestsForOtherHostsAreRefused() throws IOException {
        String rebinding = raw("GET /api/info HTTP/1.1\r\nHost: attacker.example:" + viewer.server().url().getPort()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(rebinding.startsWith("HTTP/1.1 403"), rebinding);
        assertTrue(rebinding.contains("answers requests for"), rebinding);
        String local = raw("GET /api/info HTTP/1.1\r\nHost: localhost:" + viewer.server().url().getPort()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(local.startsWith("HTTP/1.1 200"), local);
        assertEquals("127.0.0.1", viewer.server().url().getHost(), "listens on loopback by default");
    }

    static void assertError(int status, String text, HttpResponse<byte[]> r) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(status, r.statusCode(), body);
        JsonNode json;
        try {
            json = TestMosaic.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        assertEquals(status, json.get("status").asInt(), body);
        assertTrue(json.get("error").asText().contains(text), "'" + text + "' not in " + body);
    }

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", viewer.server().url().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
