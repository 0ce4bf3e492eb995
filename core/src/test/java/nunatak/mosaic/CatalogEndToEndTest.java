package nunatak.mosaic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nunatak.BadContentException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.engine.Engine;
import nunatak.source.RetryPolicy;
import nunatak.source.SourceOptions;
import nunatak.testing.OverlapMosaic;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.StacApiServer;
import nunatak.testing.StacApiServer.Fault;
import org.junit.jupiter.api.Test;

/**
 * Catalogs end to end through {@link Dataset}: a STAC API that pages and fails is retried and never silently
 * short; catalogs that place their tiles open without reading one; what a tile's header says is checked against
 * its STAC item when a computation reads it; a missing tile is an error when asked.
 */
class CatalogEndToEndTest {
    private static final SourceOptions OPTIONS = SourceOptions.DEFAULT.withCacheBytes(0)
            .withRetry(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20)));
    private static final OpenOptions OPEN = OpenOptions.DEFAULT.withLayer(LayerOptions.DEFAULT.withOptions(OPTIONS));

    @Test
    void aStacApiSearchThatPagesAndFailsIsRetriedAndGivesEveryTile() {
        try (StacApiServer api = StacApiServer.serve(OverlapMosaic.dir().resolve("stac"))) {
            api.maxPageSize(2);
            api.fail(Fault.RESET, 1, 3);
            MosaicSource src = new CatalogSources.StacApi(api.url(), "overlap-test");
            Dataset ds = Dataset.open(src, OPEN.withAssets(List.of("dem")));
            assertEquals(OverlapMosaic.BY_ID, ds.layout("dem").tiles().stream().map(MosaicTile::id).toList());
            assertEquals(3 + 2, api.requests().size(), "three pages of two items, two of them asked twice");
            assertTrue(api.requests().stream().skip(1).allMatch(r -> r.method().equals("POST")));
            double[] expected = OverlapMosaic.refs().get("byid-last-dem").values();
            double[] got = ds.get("dem").maskNodata().compute(Engine.local()).values().toDoubleArray();
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], got[i], "value " + i);
            }
        }
    }

    @Test
    void aStacApiThatLosesItemsOrKeepsFailingIsAnErrorNotAShortMosaic() {
        try (StacApiServer api = StacApiServer.serve(OverlapMosaic.dir().resolve("stac"))) {
            api.maxPageSize(2);
            api.overstateMatched(1);
            MosaicSource src = new CatalogSources.StacApi(api.url(), "overlap-test");
            BadContentException shortResult = assertThrows(BadContentException.class, () -> Dataset.open(src, OPEN));
            assertTrue(shortResult.getMessage().contains("matched 7 items but its pages held 6"), shortResult.getMessage());
            api.overstateMatched(0);
            api.fail(Fault.HTTP_503, 2, 3, 4, 5);
            SourceIOException failing = assertThrows(SourceIOException.class, () -> Dataset.open(src, OPEN));
            assertTrue(failing.getMessage().contains(api.url() + "search (page 2): failed after 4 attempts"),
                    failing.getMessage());
        }
    }

    @Test
    void stacAndVrtCatalogsOpenWithoutReadingATileAndComputeReadsOnlyTiles() {
        try (RangeHttpServer server = RangeHttpServer.serve(OverlapMosaic.dir())) {
            for (String catalog : List.of("stac/collection.json", "dem.vrt")) {
                server.clearRequests();
                String url = server.baseUrl() + "/" + catalog;
                MosaicSource src = catalog.endsWith(".vrt") ? new CatalogSources.Vrt(url, 1) : new CatalogSources.Stac(url);
                DataArray dem = Dataset.open(src, OPEN.withAssets(List.of("dem"))).get("dem");
                assertEquals(List.of(212, 312), List.of(dem.size("y"), dem.size("x")));
                assertTrue(server.requests().stream().noneMatch(r -> r.path().endsWith(".tif")),
                        () -> catalog + ": opening read a tile: " + server.requests());
                server.clearRequests();
                dem.coarsen(java.util.Map.of("y", 10, "x", 10)).mean().compute(Engine.local());
                assertTrue(server.requests().stream().allMatch(r -> r.path().endsWith(".tif")));
                assertEquals(6, server.requests().stream().map(RangeHttpServer.Request::path).distinct().count(),
                        "each listed tile once (one of them is missing)");
            }
        }
    }

    @Test
    void aTileWhoseFileDisagreesWithItsStacItemIsAnErrorNamingBoth() {
        String stale = OverlapMosaic.dir().resolve("stale/collection.json").toUri().toString();
        DataArray dem = Dataset.open(new CatalogSources.Stac(stale), OPEN.withAssets(List.of("dem"))).get("dem");
        BadContentException e = assertThrows(BadContentException.class, () -> dem.compute(Engine.local()));
        String file = OverlapMosaic.dir().resolve("tiles/39_21/39_21_1km_dem.tif").toUri().toString();
        assertTrue(e.getMessage().startsWith(file + ": the file is 112 x 112 px at [-1006000.0, 1000.0")
                && e.getMessage().contains("STAC catalog " + stale + " says tile 39_21 is 112 x 112 px at [-1005000.0")
                && e.getMessage().contains("the catalog and the file disagree"), e.getMessage());
        // tiles the computation does not touch are not checked: the box west of 39_21 reads
        DataArray west = Dataset.open(new CatalogSources.Stac(stale),
                OPEN.withAssets(List.of("dem")).withBox(-1_100_000, 800_000, -1_020_000, 1_000_000)).get("dem");
        assertEquals(80, west.compute(Engine.local()).size("x"));
    }

    @Test
    void aMissingTileIsAnErrorWhenAskedNamingItsUri() {
        String stac = OverlapMosaic.dir().resolve("stac/collection.json").toUri().toString();
        OpenOptions strict = OPEN.withLayer(OPEN.layer().withOnMissing(MissingPolicy.ERROR)).withAssets(List.of("dem"));
        DataArray dem = Dataset.open(new CatalogSources.Stac(stac), strict).get("dem");
        NotFoundException e = assertThrows(NotFoundException.class, () -> dem.compute(Engine.local()));
        assertTrue(e.getMessage().contains("40_22 (" + OverlapMosaic.dir().resolve("tiles/40_22/40_22_1km_dem.tif")
                .toUri()) && e.getMessage().contains("--on-missing nan"), e.getMessage());
        TemplateSource template = new TemplateSource(UriTemplate.parse(OverlapMosaic.dir() + "/" + OverlapMosaic.TEMPLATE),
                List.of(40, 39), List.of(20, 21, 22));
        NotFoundException atOpen = assertThrows(NotFoundException.class, () -> Dataset.open(template, strict));
        assertTrue(atOpen.getMessage().contains("1 of 6 tiles do not exist: 40_22"), atOpen.getMessage());
    }
}
