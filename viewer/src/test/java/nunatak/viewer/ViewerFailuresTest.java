package nunatak.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nunatak.array.DataArray;
import nunatak.source.RetryPolicy;
import nunatak.source.SourceOptions;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source that fails is a 502 naming the tile and the file; a burst beyond the tile queue is refused with 503. */
class ViewerFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aTileWhoseFileFailsIs502NamingTheTileAndTheFile() {
        TestMosaic.write(dir);
        SourceOptions noRetries = SourceOptions.DEFAULT.withRetry(new RetryPolicy(0, Duration.ofMillis(1),
                Duration.ofMillis(1))).withCacheBytes(0);
        try (RangeHttpServer files = RangeHttpServer.serve(dir);
             ViewerServer server = ViewerServer.start(TestMosaic.source(files.baseUrl() + "/", noRetries),
                     ViewerOptions.defaults().withPort(0))) {
            Http http = new Http(server.url());
            assertEquals(200, http.get("/tiles/9/192/208.png?vmin=0&vmax=1").statusCode());
            files.respondWith("/2_2/2_2_dem.tif", 500);
            HttpResponse<byte[]> r = http.get("/tiles/9/194/208.png?vmin=0&vmax=1");
            ViewerSafetyTest.assertError(502, "tile 9/194/208 of layer dem could not be read", r);
            String body = new String(r.body());
            assertTrue(body.contains("/2_2/2_2_dem.tif") && body.contains("500"), body);
            HttpResponse<byte[]> point = http.get("/api/point?x=-1000000&y=780000");
            ViewerSafetyTest.assertError(502, "of layer dem could not be read", point);
            assertEquals(200, http.get("/tiles/9/192/208.png?vmin=0&vmax=1").statusCode(), "others still work");
        }
    }

    @Test
    void aBurstBeyondTheQueueIsRefusedAt503AndTheRestIsDrawn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RasterLayer slow = new RasterLayer() {
            @Override
            public String name() {
                return "dem";
            }

            @Override
            public String units() {
                return "m";
            }

            @Override
            public String longName() {
                return "slow";
            }

            @Override
            public List<LevelGrid> levels() {
                return List.of(new LevelGrid(0, -1048576, 786432, 64, 64, 1024, 1024));
            }

            @Override
            public DataArray array(int level) {
                throw new UnsupportedOperationException("tiles only");
            }

            @Override
            public double[] read(int level, PixelWindow w) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new double[(int) w.pixels()];
            }
        };
        try (TileService tiles = new TileService(1 << 20, 2, 4)) {
            TileStyle style = new TileStyle("dem", "gray", 0, 1, false, 1);
            List<CompletableFuture<byte[]>> accepted = new ArrayList<>();
            int refused = 0;
            for (int k = 0; k < 20; k++) {
                try {
                    accepted.add(tiles.tile(slow, null, style, 9, 192 + k % 4, 208 + k / 4));
                } catch (HttpProblem e) {
                    assertEquals(503, e.status());
                    assertTrue(e.getMessage().contains("ask again shortly"), e.getMessage());
                    refused++;
                }
            }
            assertEquals(6, accepted.size(), "2 drawing + 4 queued");
            assertEquals(14, refused);
            release.countDown();
            for (CompletableFuture<byte[]> f : accepted) {
                assertTrue(f.get(30, TimeUnit.SECONDS).length > 0);
            }
        }
    }
}
