package nunatak.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nunatak.BadContentException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;
import nunatak.sample.RemaV2Sample;
import nunatak.sample.RemaV2SampleOptions;
import nunatak.sample.RemaV2SampleResult;
import nunatak.sample.SampleProgress;
import nunatak.source.RetryPolicy;
import nunatak.source.SourceOptions;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.RemaV2Fixture;
import nunatak.tiff.DataType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static STAC catalogs in PGC's layout: the sample's tree gives the index's tiles over file: and HTTP, pruning
 * reads only the cells a region needs, whole-continent trees are read with one request per file and none to a tile.
 */
class StacCatalogTest {
    private static final SourceOptions OPTIONS = SourceOptions.DEFAULT.withCacheBytes(0)
            .withRetry(new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20)));

    @TempDir
    static Path trees;
    @TempDir
    Path dir;

    @BeforeAll
    static void catalogOnlyTrees() {
        RemaV2SampleOptions o = RemaV2SampleOptions.defaults(trees).withAllTiles(true).withCatalogOnly(true);
        RemaV2Sample.generate(o, SampleProgress.NONE);
        RemaV2Sample.generate(o.withResolution("2m").withLayers(List.of(RemaV2Layer.DEM)), SampleProgress.NONE);
    }

    private static Map<String, CatalogTile> byId(TileCatalog c) {
        Map<String, CatalogTile> m = new LinkedHashMap<>();
        c.tiles().forEach(t -> m.put(t.id(), t));
        return m;
    }

    @Test
    void theSampleTreeGivesTheIndexTilesOverFileAndHttp() {
        RemaV2SampleResult s = RemaV2Fixture.small();
        List<String> layers = List.of("dem", "count", "mad", "maxdate", "mindate", "datamask");
        TileCatalog preset = RemaV2.catalog("32m", List.of(39, 40), List.of(20, 21),
                s.baseDir().toUri().toString(), layers);
        TileCatalog local = StacCatalog.read(s.collection().toString(), Region.ALL, OPTIONS);
        assertEquals(List.of("39_20_32m_v2.0", "39_21_32m_v2.0", "40_21_32m_v2.0"),
                local.tiles().stream().map(CatalogTile::id).toList());
        assertEquals(DataType.FLOAT32, local.dataType());
        assertEquals(-9999.0, local.nodata());
        assertEquals(new LayerInfo(DataType.FLOAT32, -9999.0), local.layer("dem"));
        assertEquals(new LayerInfo(DataType.UINT8, 0.0), local.layer("count"));
        assertEquals(preset.layers(), local.layers(), "each layer's type and nodata as PGC's products have them");
        for (CatalogTile p : preset.tiles()) {
            CatalogTile t = byId(local).get(p.id() + "_32m_v2.0");
            assertEquals(p.footprint(), t.footprint(), p.id());
            assertEquals(p.assets(), t.assets(), p.id());
            assertEquals(null, t.nodata(), "a STAC tile's nodata is its layer's, not one for all layers");
        }
        try (RangeHttpServer server = RangeHttpServer.serve(s.root())) {
            String base = server.baseUrl() + "/rema/mosaics/v2.0/";
            TileCatalog remote = StacCatalog.read(base + "32m.json", Region.ALL, OPTIONS);
            assertEquals(1 + 3 + 3, server.requests().size(), "the collection, 3 cell catalogs, 3 items");
            assertTrue(server.requests().stream().allMatch(r -> r.path().endsWith(".json")));
            for (CatalogTile t : remote.tiles()) {
                CatalogTile l = byId(local).get(t.id());
                assertEquals(l.footprint(), t.footprint());
                Map<String, String> rebased = new LinkedHashMap<>();
                l.assets().forEach((k, v) -> rebased.put(k, v.replace(s.baseDir().toUri().toString(), base)));
                assertEquals(rebased, t.assets());
            }
            server.clearRequests();
            TileCatalog fromRoot = StacCatalog.read(server.baseUrl() + "/pgc-data-stac.json", Region.ALL, OPTIONS);
            assertEquals(remote.tiles(), fromRoot.tiles());
            assertEquals(1 + 1 + 3 + 3, server.requests().size());
            TileCatalog item = StacCatalog.read(base + "32m/40_21/40_21_32m_v2.0.json", Region.ALL, OPTIONS);
            assertEquals(List.of(byId(remote).get("40_21_32m_v2.0")), item.tiles());
        }
    }

    @Test
    void pruningReadsOnlyTheCellsTheRegionNeedsAndMissesNoTile() {
        try (RangeHttpServer server = RangeHttpServer.serve(trees)) {
            String collection = server.baseUrl() + "/rema/mosaics/v2.0/32m.json";
            for (Region region : List.of(Region.ofXy(-950_000, 750_000, -850_000, 850_000),
                    Region.ofXy(-1_000_050, 750_000, -1_000_000, 750_010),
                    Region.ofXy(-2_600_000, -900_000, 2_600_000, -850_000))) {
                server.clearRequests();
                TileCatalog c = StacCatalog.read(collection, region, OPTIONS);
                Set<String> expected = RemaV2Index.tiles("32m").stream()
                        .filter(t -> region.intersectsXy(t.bounds())).map(RemaV2Tile::itemId)
                        .collect(Collectors.toSet());
                assertEquals(expected, c.tiles().stream().map(CatalogTile::id).collect(Collectors.toSet()), region.toString());
                // A cell is read when its 100 km square plus 1 km can meet the region; PGC's three merged tiles
                // (62_06s, 63_14s, 64_13s) are not confined to their cell and are always read.
                long cells = RemaV2Index.tiles("32m").stream().filter(t -> t.supertile().endsWith("s")
                        || region.intersectsXy(new double[] {-3e6 + (t.col() - 1) * 1e5 - 1000,
                        -3e6 + (t.row() - 1) * 1e5 - 1000, -3e6 + t.col() * 1e5 + 1000, -3e6 + t.row() * 1e5 + 1000}))
                        .count();
                assertEquals(1 + 2 * cells, server.requests().size(), region.toString());
                assertTrue(server.requests().stream().noneMatch(r -> r.path().endsWith(".tif")));
            }
            server.clearRequests();
            TileCatalog outside = StacCatalog.read(collection, Region.ofLonLat(10, 10, 20, 20), OPTIONS);
            assertEquals(0, outside.tiles().size());
            assertEquals(1, server.requests().size(), "the collection's extent rules the region out");
        }
    }

    @Test
    void wholeContinentTreesAreReadWithOneRequestPerFileAndNoneToATile() {
        try (RangeHttpServer server = RangeHttpServer.serve(trees)) {
            for (String res : List.of("32m", "2m")) {
                server.clearRequests();
                TileCatalog c = StacCatalog.read(server.baseUrl() + "/rema/mosaics/v2.0/" + res + ".json", null, OPTIONS);
                List<RemaV2Tile> index = RemaV2Index.tiles(res);
                assertEquals(index.size(), c.tiles().size());
                long cells = index.stream().map(RemaV2Tile::supertile).distinct().count();
                assertEquals(1 + cells + index.size(), server.requests().size(), res);
                assertTrue(server.requests().stream().noneMatch(r -> r.path().endsWith(".tif")));
                for (int i = 0; i < index.size(); i++) {
                    assertEquals(index.get(i).itemId(), c.tiles().get(i).id());
                    assertEquals(index.get(i).footprint(), c.tiles().get(i).footprint());
                }
            }
        }
        assertEquals(5800, RemaV2Index.tiles("2m").size());
    }

    @Test
    void transientFailuresAreRetriedAndAServerThatKeepsFailingIsAnError() {
        try (RangeHttpServer server = RangeHttpServer.serve(trees,
                new RangeHttpServer.Faults(0.15, 0.1, 0, 0, 0, 42))) {
            Region r = Region.ofXy(-1_100_000, 600_000, -700_000, 1_000_000);
            TileCatalog c = StacCatalog.read(server.baseUrl() + "/rema/mosaics/v2.0/32m.json", r, OPTIONS);
            assertEquals(RemaV2Index.tiles("32m").stream().filter(t -> r.intersectsXy(t.bounds())).count(),
                    c.tiles().size());
            assertTrue(server.faultsInjected() > 0);
            server.setFaults(RangeHttpServer.Faults.always503());
            SourceIOException e = assertThrows(SourceIOException.class,
                    () -> StacCatalog.read(server.baseUrl() + "/rema/mosaics/v2.0/32m.json", r, OPTIONS));
            assertTrue(e.getMessage().contains("/rema/mosaics/v2.0/32m.json") && e.getMessage().contains("503"),
                    e.getMessage());
        }
    }

    @Test
    void pgcItemsGiveHttpsHrefsOrTheirS3AlternatesAndSkipLayersOnAnotherGrid() throws IOException {
        Path item = dir.resolve("25_20_1_2_2m_v2.0.json");
        try (var in = StacCatalogTest.class.getResourceAsStream("pgc-item-2m.json")) {
            Files.write(item, in.readAllBytes());
        }
        TileCatalog c = StacCatalog.read(item.toString(), Region.ALL, OPTIONS);
        CatalogTile t = c.tiles().get(0);
        assertEquals("25_20_1_2_2m_v2.0", t.id());
        assertEquals(List.of("dem", "count", "mad", "maxdate", "mindate"), List.copyOf(t.assets().keySet()),
                "the 10 m hillshade is on another grid; the metadata text is no raster");
        assertEquals("https://pgc-opendata-dems.s3.us-west-2.amazonaws.com/rema/mosaics/v2.0/2m/25_20/"
                + "25_20_1_2_2m_v2.0_dem.tif", t.assets().get("dem"));
        assertEquals(new Footprint(25100, 25100, new double[] {-1050100, 2, 0, -549900, 0, -2}, 3031), t.footprint());
        var viaS3 = StacItems.read(nunatak.testing.Fixtures.json(item), item.toUri(), true, "test");
        assertEquals("s3://pgc-opendata-dems/rema/mosaics/v2.0/2m/25_20/25_20_1_2_2m_v2.0_count.tif",
                viaS3.tile().assets().get("count"));
    }

    @Test
    void brokenFilesAndMissingChildrenNameTheFileAndWhoLinkedIt() throws IOException {
        Path root = dir.resolve("root.json");
        Files.writeString(root, "{\"type\": \"Catalog\", \"id\": \"x\", \"links\": [{\"rel\": \"child\", \"href\": \"./c.json\"}]}");
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> StacCatalog.read(root.toString(), Region.ALL, OPTIONS));
        assertTrue(missing.getMessage().contains(dir.resolve("c.json").toUri().toString())
                && missing.getMessage().contains("linked from " + root.toUri()), missing.getMessage());
        Files.writeString(dir.resolve("c.json"), "{\"type\": \"Catalog\",\n \"links\": [,]}");
        BadContentException broken = assertThrows(BadContentException.class,
                () -> StacCatalog.read(root.toString(), Region.ALL, OPTIONS));
        assertTrue(broken.getMessage().contains("c.json: not valid JSON at line 2"), broken.getMessage());
        Files.writeString(dir.resolve("c.json"), "{\"type\": \"Feature\", \"id\": \"i\", \"assets\": {\"a\": "
                + "{\"href\": \"a.tif\"}}, \"properties\": {\"proj:shape\": [10], \"proj:code\": \"EPSG:3031\"}}");
        BadContentException shape = assertThrows(BadContentException.class,
                () -> StacCatalog.read(root.toString(), Region.ALL, OPTIONS));
        assertTrue(shape.getMessage().contains("item i: proj:shape [10] must be an array of 2 numbers")
                && shape.getMessage().contains("linked from " + root.toUri()),
                shape.getMessage());
    }
}
