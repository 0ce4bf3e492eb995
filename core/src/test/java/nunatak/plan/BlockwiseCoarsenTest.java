package nunatak.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.Grid;
import nunatak.array.OpenOptions;
import nunatak.array.Reducer;
import nunatak.array.Slice;
import nunatak.catalog.RemaV2Index;
import nunatak.catalog.RemaV2Layer;
import nunatak.engine.Engine;
import nunatak.mosaic.CatalogSources;
import nunatak.sample.RemaV2SampleResult;
import nunatak.testing.Gdal;
import nunatak.testing.RemaV2Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coarsen that reads decoded blocks one at a time gives what the row-by-row coarsen gives, on REMA v2 tiles of
 * many blocks: windows starting inside blocks, tasks cutting tiles, VRT sources starting inside their files, tiles
 * that overlap (where tasks that hold two tiles keep to rows), every reducer, masks that keep NaN and one that does
 * not. Each case runs both ways ({@code -Dnunatak.rowwiseCoarsen}) and checks which way the tasks went.
 */
class BlockwiseCoarsenTest {
    @TempDir
    Path dir;

    @AfterEach
    void rowsAgain() {
        System.clearProperty(StageTask.ROWWISE);
    }

    @Test
    void windowsOfOneTileAgreeWithRows() {
        Path tile = tile("39_21"); // nearly all of it above 0
        Random rnd = new Random(20261203);
        for (int c = 0; c < 18; c++) {
            int y0 = rnd.nextInt(1500);
            int x0 = rnd.nextInt(1500);
            int fy = 1 + rnd.nextInt(120);
            int fx = 1 + rnd.nextInt(120);
            Reducer red = Reducer.values()[c % Reducer.values().length];
            Boundary b = rnd.nextBoolean() ? Boundary.TRIM : Boundary.PAD;
            // where(x > 0), where(x >= 300) and no mask: the first two and none are one pass over float blocks
            Condition keep = c < 6 ? Condition.gt(0) : c < 12 ? Condition.ge(300) : null;
            String label = "window from (" + y0 + ", " + x0 + "), where " + keep + ", coarsen " + fy + " x " + fx + " "
                    + red + " " + b;
            Supplier<DataArray> view = () -> (keep == null ? DataArray.open(tile.toString())
                    : DataArray.open(tile.toString()).where(keep))
                    .isel("y", new Slice(y0, y0 + 900 + fy, 1)).isel("x", new Slice(x0, x0 + 1100, 1))
                    .coarsen(Map.of("y", fy, "x", fx), b).reduce(red);
            assertSameBothWays(view, label, red != Reducer.STD);
        }
    }

    @Test
    void chainsOfThresholdsAgreeWithRows() {
        Path tile = tile("39_21");
        List<Condition[]> chains = List.of(new Condition[] {Condition.gt(0), Condition.gt(0)},
                new Condition[] {Condition.ge(300), Condition.gt(200)},
                new Condition[] {Condition.gt(250), Condition.ge(250)},
                new Condition[] {Condition.ge(250), Condition.gt(250)}, new Condition[] {Condition.gt(Double.NaN)});
        for (Condition[] chain : chains) {
            // nothing passes x > NaN: every mean is NaN, every count 0
            boolean none = chain[0].toString().contains("NaN");
            for (Reducer red : none ? List.of(Reducer.COUNT) : List.of(Reducer.MEAN, Reducer.COUNT)) {
                Supplier<DataArray> view = () -> {
                    DataArray a = DataArray.open(tile.toString());
                    for (Condition c : chain) {
                        a = a.where(c);
                    }
                    return a.coarsen(Map.of("y", 40, "x", 40), Boundary.PAD).reduce(red);
                };
                assertSameBothWays(view, java.util.Arrays.toString(chain) + " " + red, true);
            }
        }
    }

    @Test
    void aMaskThatTurnsNaNIntoANumberKeepsToRows() {
        Path tile = tile("39_20");
        Supplier<DataArray> view = () -> DataArray.open(tile.toString()).where(Condition.gt(100), 0)
                .coarsen(Map.of("y", 64, "x", 64), Boundary.PAD).mean();
        assertSameBothWays(view, "where(dem > 100, 0)", false);
    }

    @Test
    void overlappingTilesFromAClippedVrtAgreeWithRows() {
        List<String> cmd = new ArrayList<>(List.of("gdalbuildvrt", "-q", "-te", "-1050016", "850016", "-950048",
                "920000", dir.resolve("clip.vrt").toString()));
        List.of("39_20", "39_21", "40_21").forEach(id -> cmd.add(tile(id).toString()));
        Gdal.run(null, cmd);
        for (Reducer red : List.of(Reducer.MEAN, Reducer.MAX, Reducer.COUNT)) {
            Supplier<DataArray> view = () -> Dataset.open(new CatalogSources.Vrt(dir.resolve("clip.vrt").toString(), 1),
                            OpenOptions.DEFAULT.withChunks(700)).get("dem").where(Condition.gt(0))
                    .coarsen(Map.of("y", 50, "x", 50), Boundary.TRIM).reduce(red);
            assertSameBothWays(view, "clipped VRT, " + red, true);
        }
    }

    /** A tile of the small REMA v2 sample (39_20, 39_21, or the half tile 40_21): 3131 px wide, blocks of 512. */
    private static Path tile(String id) {
        RemaV2SampleResult s = RemaV2Fixture.small();
        return RemaV2Index.tiles("32m").stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> s.baseDir().resolve(t.path(RemaV2Layer.DEM))).orElseThrow();
    }

    /** Computes the array row by row, then block by block, and compares; min, max and count must match exactly. */
    private static void assertSameBothWays(Supplier<DataArray> array, String label, boolean blockwise) {
        System.setProperty(StageTask.ROWWISE, "true");
        long before = BlockwiseCoarsen.tasks();
        Grid rows = array.get().compute(Engine.local()).values();
        assertEquals(before, BlockwiseCoarsen.tasks(), label + ": no task went block by block when told not to");
        System.clearProperty(StageTask.ROWWISE);
        Grid blocks = array.get().compute(Engine.local()).values();
        assertEquals(blockwise, BlockwiseCoarsen.tasks() > before, label + ": tasks went block by block");
        assertEquals(rows.rows(), blocks.rows(), label);
        assertEquals(rows.cols(), blocks.cols(), label);
        int compared = 0;
        for (int r = 0; r < rows.rows(); r++) {
            for (int c = 0; c < rows.cols(); c++) {
                double e = rows.get(r, c);
                double v = blocks.get(r, c);
                String at = label + " [" + r + ", " + c + "]";
                if (Double.isNaN(e)) {
                    assertTrue(Double.isNaN(v), at + ": expected NaN, got " + v);
                } else {
                    assertEquals(e, v, at);
                    compared++;
                }
            }
        }
        assertTrue(compared > 0, label + ": some cells hold values");
    }
}
