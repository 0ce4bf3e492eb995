package nunatak.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nunatak.BadContentException;
import nunatak.SourceIOException;
import nunatak.sample.RemaV2Sample;
import nunatak.sample.RemaV2SampleOptions;
import nunatak.sample.SampleProgress;
import nunatak.source.RetryPolicy;
import nunatak.source.SourceOptions;
import nunatak.testing.Gdal;
import nunatak.testing.StacApiServer;
import nunatak.testing.StacApiServer.Fault;
import nunatak.testing.StacApiServer.NextStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** STAC API searches: every page, retried when it fails, and never a short result. */
class StacApiTest {
    private static final String COLLECTION = "rema-mosaics-v2.0-32m";
    private static final SourceOptions OPTIONS = SourceOptions.DEFAULT
            .withRetry(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)));

    @TempDir
    static Path tree;

    @BeforeAll
    static void items() {
        RemaV2Sample.generate(RemaV2SampleOptions.defaults(tree).withAllTiles(true).withCatalogOnly(true)
                .withLayers(List.of(RemaV2Layer.DEM, RemaV2Layer.COUNT)), SampleProgress.NONE);
    }

    @ParameterizedTest
    @EnumSource(NextStyle.class)
    void nextLinksAreFollowedToTheLastPage(NextStyle style) {
        try (StacApiServer api = StacApiServer.serve(tree)) {
            api.nextStyle(style);
            TileCatalog c = StacApi.search(api.url(), COLLECTION, Region.ALL, 100, OPTIONS);
            List<RemaV2Tile> index = RemaV2Index.tiles("32m");
            assertEquals(1523, c.tiles().size());
            assertEquals(16, api.requests().size(), "1523 items in pages of 100");
            for (int i = 0; i < index.size(); i++) {
                CatalogTile t = c.tiles().get(i);
                assertEquals(index.get(i).itemId(), t.id());
                assertEquals(index.get(i).footprint(), t.footprint());
                assertEquals(tree.resolve("rema/mosaics/v2.0/" + index.get(i).path(RemaV2Layer.COUNT)).toUri().toString(),
                        t.assets().get("count"));
            }
            assertEquals(nunatak.tiff.DataType.FLOAT32, c.dataType());
            if (style != NextStyle.GET) {
                assertEquals(100, api.requests().get(1).body().path("limit").asInt(), "the merged body keeps the query");
                assertEquals("next:100", api.requests().get(1).body().path("token").asText());
            }
        }
    }

    @Test
    void failedPagesAreRetried() {
        try (StacApiServer api = StacApiServer.serve(tree)) {
            api.fail(Fault.HTTP_503, 1, 5, 6);
            assertEquals(1523, StacApi.search(api.url(), COLLECTION, Region.ALL, 100, OPTIONS).tiles().size());
            assertEquals(16 + 3, api.requests().size());
            api.fail(Fault.RESET, 2, 9);
            assertEquals(1523, StacApi.search(api.url(), COLLECTION, Region.ALL, 100, OPTIONS).tiles().size());
            assertEquals(16 + 3 + 16 + 2, api.requests().size());
        }
    }

    @Test
    void aPageThatKeepsFailingIsAnErrorNamingItsUrlAndNumber() {
        try (StacApiServer api = StacApiServer.serve(tree)) {
            api.fail(Fault.HTTP_503, 3, 4, 5, 6);
            SourceIOException e = assertThrows(SourceIOException.class,
                    () -> StacApi.search(api.url(), COLLECTION, Region.ALL, 100, OPTIONS));
            assertTrue(e.getMessage().startsWith("POST " + api.url() + "search (page 3): failed after 4 attempts")
                    && e.getMessage().contains("HTTP 503"), e.getMessage());
            api.failAlways(Fault.RESET);
            SourceIOException reset = assertThrows(SourceIOException.class,
                    () -> StacApi.search(api.url(), COLLECTION, Region.ALL, 100, OPTIONS));
            assertTrue(reset.getMessage().contains("(page 1): failed after 4 attempts"), reset.getMessage());
        }
    }

    @Test
    void fewerItemsThanTheServerMatchedIsAnError() {
        try (StacApiServer api = StacApiServer.serve(tree)) {
            api.overstateMatched(1);
            BadContentException e = assertThrows(BadContentException.class,
                    () -> StacApi.search(api.url(), COLLECTION, Region.ALL, 500, OPTIONS));
            assertTrue(e.getMessage().contains("matched 1524 items but its pages held 1523"), e.getMessage());
        }
    }

    @Test
    void theRegionsBboxGoesToTheServerAndItsXyBoxFiltersTheItems() {
        // The lon/lat box of the EPSG:3031 box, from pyproj (densified edges), as a caller would compute it.
        String box = Gdal.python("import pyproj\n"
                + "t = pyproj.Transformer.from_crs(3031, 4326, always_xy=True)\n"
                + "print(','.join(repr(v) for v in t.transform_bounds(-1100000, 600000, -700000, 1000000, densify_pts=200)))");
        double[] b = java.util.Arrays.stream(box.strip().split(",")).mapToDouble(Double::parseDouble).toArray();
        Region r = Region.ofXy(-1_100_000, 600_000, -700_000, 1_000_000).withLonLat(b[0], b[1], b[2], b[3]);
        try (StacApiServer api = StacApiServer.serve(tree)) {
            TileCatalog c = StacApi.search(api.url(), COLLECTION, r, 50, OPTIONS);
            assertEquals(b[0], api.requests().get(0).body().path("bbox").get(0).asDouble());
            Set<String> expected = RemaV2Index.tiles("32m").stream().filter(t -> r.intersectsXy(t.bounds()))
                    .map(RemaV2Tile::itemId).collect(Collectors.toSet());
            assertEquals(expected, c.tiles().stream().map(CatalogTile::id).collect(Collectors.toSet()));
            assertTrue(expected.size() > 16, "the 4 x 4 cells' tiles and the neighbours whose buffers reach in");
            assertTrue(c.tiles().size() < api.itemCount());
        }
    }
}
