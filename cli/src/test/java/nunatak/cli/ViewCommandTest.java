package nunatak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.catalog.RemaV2Layer;
import nunatak.mosaic.IndexRange;
import nunatak.sample.SampleMosaic;
import nunatak.sample.SampleOptions;
import nunatak.sample.RemaV2SampleResult;
import nunatak.sample.SampleProgress;
import nunatak.sample.TileIndex;
import nunatak.testing.RemaV2Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nunatak view} starts, prints its URL, serves values equal to {@code nunatak values}, opens STAC catalogs and
 * VRTs as {@code nunatak open} does, and stops.
 */
class ViewCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void servesTheValuesThatNunatakValuesPrints() throws Exception {
        SampleMosaic.generate(SampleOptions.defaults(dir).withRes(1000).withRows(new IndexRange(40, 39))
                .withCols(new IndexRange(20, 21)).withMissing(Set.of(new TileIndex(39, 21))).withThreads(2),
                SampleProgress.NONE);
        String template = dir + "/{i:02d}_{j:02d}/{i:02d}_{j:02d}_1000m_dem_COG_LZW.tif";
        withViewer((url, out, err) -> {
            assertEquals("127.0.0.1", url.getHost());
            assertTrue(out.contains("layers dem, hillshade") && out.contains("template " + template), out);
            assertTrue(err.contains("1 of 4 tiles do not exist") && err.contains("39_21"), err);
            // Tile 40_21 spans x -1000000 .. -900000, y 900000 .. 1000000 in pixels of 1000 m.
            int[][] pixels = {{0, 0}, {37, 12}, {99, 99}, {50, 71}};
            for (int[] p : pixels) {
                double x = -1000000 + (p[0] + 0.5) * 1000;
                double y = 1000000 - (p[1] + 0.5) * 1000;
                JsonNode api = get(url, "/api/point?x=" + x + "&y=" + y);
                CliRun values = CliRun.of("values", dir + "/40_21/40_21_1000m_dem_COG_LZW.tif", "--window",
                        p[0] + "," + p[1] + ",1,1", "--json");
                assertEquals(0, values.exit(), values.err());
                double raw = JSON.readTree(values.out()).get("values").get(0).get(0).asDouble();
                if (raw == -9999) {
                    assertTrue(api.get("value").isNull(), api.toString());
                } else {
                    assertEquals(raw, api.get("value").asDouble(), 0.0, api.toString());
                }
                assertEquals(p[1], api.get("row").asInt());
                assertEquals(100 + p[0], api.get("col").asInt());
            }
            assertTrue(get(url, "/api/point?x=-950000&y=850000").get("value").isNull(), "the missing tile reads as no data");
        }, "view", "--template", template, "--rows", "40:39", "--cols", "20:21", "--port", "0");
    }

    /** {@code view --stac} and {@code view --vrt} open what {@code nunatak open} opens, with the source's layers. */
    @Test
    void opensStacCatalogsAndVrtsAsNunatakOpenDoes() throws Exception {
        RemaV2SampleResult sample = RemaV2Fixture.small();
        String[][] sources = {{"--stac", sample.collection().toString()},
            {"--vrt", sample.vrts().get(RemaV2Layer.DEM).toString()}};
        List<List<String>> layers = List.of(List.of("dem", "hillshade", "count", "mad", "maxdate", "mindate", "datamask"),
                List.of("dem", "hillshade", "mad", "count", "mindate", "maxdate", "datamask"));
        for (int k = 0; k < sources.length; k++) {
            CliRun open = CliRun.of("open", sources[k][0], sources[k][1], "--json");
            assertEquals(0, open.exit(), open.err());
            JsonNode opened = JSON.readTree(open.out());
            List<String> expected = layers.get(k);
            withViewer((url, out, err) -> {
                JsonNode info = get(url, "/api/info");
                assertEquals(opened.get("shape"), info.get("shape"));
                assertEquals(opened.get("bounds"), info.get("bounds"));
                assertEquals(opened.get("res"), info.get("res"));
                List<String> names = new java.util.ArrayList<>();
                info.get("layers").forEach(l -> names.add(l.get("name").asText()));
                assertEquals(expected, names);
                assertTrue(out.contains("layers " + String.join(", ", expected)), out);
            }, "view", sources[k][0], sources[k][1], "--port", "0");
        }
    }

    @Test
    void withoutASourceOrWithAnOverviewItIsAUsageError() {
        CliRun none = CliRun.of("view");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("give what to view"), none.err());
        CliRun overview = CliRun.of("view", "--template", "x/{i}_{j}.tif", "--overview", "1");
        assertEquals(2, overview.exit());
        assertTrue(overview.err().contains("drop --overview"), overview.err());
        CliRun twice = CliRun.of("view", "a/dem.tif", "b/dem.tif");
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("two layers are called 'dem'"), twice.err());
    }

    /** What a test does with a running viewer: its URL and what the command printed so far. */
    interface WithViewer {
        void run(URI url, String out, String err) throws Exception;
    }

    /** Runs {@code nunatak view} in a thread, hands its URL to {@code test}, then stops it as Ctrl-C would. */
    private static void withViewer(WithViewer test, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread view = new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args)));
        view.start();
        try {
            test.run(awaitUrl(out, err), out.toString(), err.toString());
        } finally {
            view.interrupt();
            view.join(30_000);
        }
        assertEquals(0, exit.get(), err.toString());
    }

    private static JsonNode get(URI url, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static URI awaitUrl(StringWriter out, StringWriter err) throws InterruptedException {
        Pattern p = Pattern.compile("nunatak view: (http://\\S+)");
        for (int i = 0; i < 600; i++) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no URL printed; out: " + out + " err: " + err);
    }
}
