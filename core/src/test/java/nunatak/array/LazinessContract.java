package nunatak.array;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nunatak.analysis.SamplingMethod;
import nunatak.engine.Engine;
import nunatak.engine.ProgressListener;
import nunatak.geom.Crs;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.MosaicSpec;
import nunatak.mosaic.UriTemplate;
import nunatak.sample.SampleMosaic;
import nunatak.sample.SampleOptions;
import nunatak.sample.SampleProgress;
import nunatak.sample.SampleResult;
import nunatak.source.ByteRange;
import nunatak.source.SourceOptions;
import nunatak.testing.BlockFetches;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import nunatak.tiff.GeoTiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What crosses the wire: headers at open, nothing while composing, only the needed blocks, each once (a line only
 * the blocks it passes, zonal statistics only the blocks meeting the zone, terrain of a box its blocks and halo).
 * Subclasses choose the engine; the counts must not depend on it.
 */
public abstract class LazinessContract {
    private static final String PATH = "rema-mini/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
    @RegisterExtension
    protected final RangeHttpServer server = RangeHttpServer.serve(Fixtures.root());

    protected abstract Engine engine();

    protected DataArray open(int chunks) {
        return DataArray.open(MosaicSpec.of(server.baseUrl() + "/" + PATH).withRows(List.of(40, 39, 38, 37))
                .withCols(List.of(20, 21, 22, 23)).withChunks(chunks)
                .withOptions(SourceOptions.DEFAULT.withCacheBytes(0)));
    }

    @Test
    void openingReadsOneHeaderPerTileAndComposingReadsNothing() {
        DataArray dem = open(0);
        List<RangeHttpServer.Request> reqs = server.requests();
        assertEquals(16, reqs.size(), "one request per tile, the missing one included: " + reqs);
        assertTrue(reqs.stream().allMatch(r -> r.method().equals("GET") && "bytes=0-16383".equals(r.range())));
        server.clearRequests();
        DataArray composed = dem.where(Condition.gt(0)).coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean()
                .rename("elevation").assignAttrs(Map.of("units", "m"));
        DataArray profile = dem.where(Condition.gt(0)).sel("y", 750000, DataArray.Method.NEAREST).squeeze();
        dem.isel("x", Slice.of(10, 500)).sel("y", 900000.0, 700000.0).rechunk(64);
        assertTrue(composed.isLazy() && profile.isLazy());
        assertTrue(composed.toString().contains("lazy<"), composed::toString);
        assertEquals(0, server.requests().size(), server.requests()::toString);
    }

    @Test
    void aProfileReadsOnlyTheBlocksOfOneBlockRow() {
        DataArray profile = open(0).where(Condition.gt(0)).sel("y", 750000, DataArray.Method.NEAREST);
        server.clearRequests();
        profile.compute(engine());
        // y = 750200 is row 124 of the tiles of row 38 (y from 800000 down): block row 0 of 128-pixel blocks.
        Map<String, List<ByteRange>> expected = new HashMap<>();
        for (int j = 20; j <= 23; j++) {
            if (j != 21) {
                String tile = "rema-mini/38_" + j + "/38_" + j + "_400m_dem_COG_LZW.tif";
                expected.put("/" + tile, BlockFetches.blockRanges(tile, 0, new int[] {0}, new int[] {0, 1}));
            }
        }
        BlockFetches.assertEachBlockFetchedOnce(server, expected);
    }

    @Test
    void coarsenReadsEveryBlockExactlyOnceEvenWhenChunksCutThroughBlocks() {
        // Chunks of 100 px over 128 px blocks: most blocks straddle two or four chunks.
        DataArray map = open(100).where(Condition.gt(0)).coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean();
        server.clearRequests();
        map.compute(engine());
        BlockFetches.assertEachBlockFetchedOnce(server, everyBlockOfRemaMini());
    }

    /** The mosaic with every request exactly one block (no merging) and no byte cache. */
    private DataArray openBlockByBlock() {
        return DataArray.open(MosaicSpec.of(server.baseUrl() + "/" + PATH).withRows(List.of(40, 39, 38, 37))
                .withCols(List.of(20, 21, 22, 23)).withOptions(SourceOptions.DEFAULT.withCacheBytes(0)
                        .withMergeGapBytes(0)));
    }

    /** Blocks (bx, by) of rema-mini tile "i_j" as the server sees their paths. */
    private static Map<String, List<ByteRange>> blocks(String tile, int[]... bxBy) {
        String path = "rema-mini/" + tile + "/" + tile + "_400m_dem_COG_LZW.tif";
        List<ByteRange> out = new ArrayList<>();
        for (int[] b : bxBy) {
            out.addAll(BlockFetches.blockRanges(path, 0, new int[] {b[1]}, new int[] {b[0]}));
        }
        return new HashMap<>(Map.of("/" + path, out));
    }

    @Test
    void aLineReadsOnlyTheBlocksItPasses() {
        // Along y = 975100 (block row 0 of tile 40_20's block column 1, then tile 40_21's block column 0), then
        // down x = -960100 into block row 1: three of the 64 blocks.
        DataArray line = openBlockByBlock().where(Condition.gt(0)).interp(Polyline.parse(
                "-1040100,975100;-960100,975100;-960100,925100", Crs.EPSG_3031), 0, SamplingMethod.BILINEAR);
        server.clearRequests();
        DataArray p = line.compute(engine());
        Map<String, List<ByteRange>> expected = blocks("40_20", new int[] {1, 0});
        expected.putAll(blocks("40_21", new int[] {0, 0}, new int[] {0, 1}));
        BlockFetches.assertEachBlockFetchedOnce(server, expected);
        assertEquals(3, p.job().requests(), p.job().toString());
    }

    @Test
    void zonalStatisticsReadOnlyTheBlocksMeetingTheZone() {
        // A triangle in tile 40_22 whose hypotenuse passes north-west of the corner its four blocks share.
        Zones zones = Zones.of(GeoJsonReader.parse("{\"type\": \"Polygon\", \"coordinates\": [[[-890000, 990000], "
                + "[-810000, 990000], [-890000, 910000], [-890000, 990000]]]}", "triangle", Crs.EPSG_3031), null, null);
        DataArray dem = openBlockByBlock().where(Condition.gt(0));
        server.clearRequests();
        ZonalStatistics stats = dem.zonal(zones, engine(), ProgressListener.NONE);
        assertTrue(stats.zones().get(0).count() > 1000, stats.zones().toString());
        BlockFetches.assertEachBlockFetchedOnce(server, blocks("40_22", new int[] {0, 0}, new int[] {1, 0},
                new int[] {0, 1}));
    }

    @Test
    void terrainOfABoxReadsTheBoxsBlocksAndItsHalo() {
        // Pixel rows 128..140, columns 130..140 of tile 40_20: block (1, 1), and row 127 of the halo in block (1, 0).
        DataArray slope = Terrain.slope(openBlockByBlock().maskNodata().selBox(-1047900, 943700, -1043700, 948700));
        assertArrayEquals(new int[] {13, 11}, slope.shape());
        server.clearRequests();
        slope.compute(engine());
        BlockFetches.assertEachBlockFetchedOnce(server, blocks("40_20", new int[] {1, 0}, new int[] {1, 1}));
    }

    /** The paths and block ranges of every tile of rema-mini (2 x 2 blocks each), as the server sees them. */
    protected static Map<String, List<ByteRange>> everyBlockOfRemaMini() {
        Map<String, List<ByteRange>> expected = new HashMap<>();
        for (int i = 37; i <= 40; i++) {
            for (int j = 20; j <= 23; j++) {
                if (i != 38 || j != 21) {
                    String tile = String.format("rema-mini/%d_%d/%d_%d_400m_dem_COG_LZW.tif", i, j, i, j);
                    expected.put("/" + tile, BlockFetches.blockRanges(tile, 0, new int[] {0, 1}, new int[] {0, 1}));
                }
            }
        }
        return expected;
    }

    @Test
    void notebookChunksOf5000Over512PixelBlocksReadEveryBlockOnce(@TempDir Path dir) {
        // 3 x 3 tiles of 2000 px (50 m) in 512-pixel blocks: the chunk edge at 5000 cuts through blocks.
        SampleResult sample = SampleMosaic.generate(SampleOptions.defaults(dir).withRows(new IndexRange(40, 38))
                .withCols(new IndexRange(20, 22)).withRes(50).withSeed(3), SampleProgress.NONE);
        try (RangeHttpServer samples = RangeHttpServer.serve(sample.root())) {
            DataArray map = DataArray.open(MosaicSpec.of(samples.baseUrl() + "/" + sample.template())
                            .withRows(List.of(40, 39, 38)).withCols(List.of(20, 21, 22)).withChunks(5000)
                            .withOptions(SourceOptions.DEFAULT.withCacheBytes(0)))
                    .where(Condition.gt(0)).coarsen(Map.of("y", 100, "x", 100), Boundary.TRIM).mean();
            samples.clearRequests();
            map.compute(engine());
            Map<String, List<ByteRange>> expected = new HashMap<>();
            for (int i = 38; i <= 40; i++) {
                for (int j = 20; j <= 22; j++) {
                    String tile = UriTemplate.parse(sample.template()).expand(i, j);
                    GeoTiff tif = GeoTiff.open(sample.root().resolve(tile).toString());
                    assertEquals(512, tif.level(0).blockWidth());
                    List<ByteRange> blocks = new ArrayList<>();
                    for (int by = 0; by < tif.level(0).blocksDown(); by++) {
                        for (int bx = 0; bx < tif.level(0).blocksAcross(); bx++) {
                            blocks.add(tif.blockRange(0, bx, by));
                        }
                    }
                    expected.put("/" + tile, blocks);
                }
            }
            BlockFetches.assertEachBlockFetchedOnce(samples, expected);
        }
    }
}
