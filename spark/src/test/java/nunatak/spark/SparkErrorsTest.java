package nunatak.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nunatak.BadContentException;
import nunatak.NotFoundException;
import nunatak.NunatakException;
import nunatak.SourceIOException;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.mosaic.MissingPolicy;
import nunatak.mosaic.MosaicSpec;
import nunatak.source.RetryPolicy;
import nunatak.source.SourceOptions;
import nunatak.testing.Fixtures;
import nunatak.testing.RangeHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A missing tile, a corrupt file and a failing server: on Spark the user sees what the local engine shows. */
@ExtendWith(SharedSpark.class)
@Timeout(120)
class SparkErrorsTest {
    private static final String REMA = "/rema-mini/{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
    private static final SourceOptions FEW_RETRIES = SourceOptions.DEFAULT.withCacheBytes(0)
            .withRetry(new RetryPolicy(1, Duration.ofMillis(5), Duration.ofMillis(20)));

    private static DataArray rema(String root, MissingPolicy missing) {
        return DataArray.open(MosaicSpec.of(root + REMA).withRows(List.of(40, 39, 38, 37))
                .withCols(List.of(20, 21, 22, 23)).withOnMissing(missing).withOptions(FEW_RETRIES));
    }

    @Test
    void aMissingTileWarnsOnceAndReadsAsNaNOnBothEngines() {
        DataArray lazy;
        List<String> warnings;
        try (LogCapture log = new LogCapture()) {
            lazy = rema(Fixtures.root().toString(), MissingPolicy.NAN).where(Condition.gt(0))
                    .coarsen(Map.of("y", 50, "x", 50), Boundary.TRIM).count();
            double local = lazy.compute(Engine.local()).values().get(11, 6);
            double spark = lazy.compute(SharedSpark.engine()).values().get(11, 6);
            assertEquals(0, local, "tile 38_21 covers coarse cell (11, 6)");
            assertEquals(local, spark);
            warnings = log.lines();
        }
        assertEquals(List.of("WARN 1 of 16 tiles do not exist and are read as NaN: 38_21 ("
                + Fixtures.root().resolve("rema-mini/38_21/38_21_400m_dem_COG_LZW.tif") + ")"), warnings);
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> rema(Fixtures.root().toString(), MissingPolicy.ERROR));
        assertTrue(e.getMessage().startsWith("1 of 16 tiles do not exist: 38_21"), e.getMessage());
    }

    @Test
    void aTileThatVanishesAfterOpeningFailsTheSameWay(@TempDir Path dir) throws Exception {
        copyTree(Fixtures.remaMini(), dir.resolve("rema-mini"));
        try (RangeHttpServer server = RangeHttpServer.serve(dir)) {
            DataArray lazy = rema(server.baseUrl(), MissingPolicy.NAN).sel("y", 750000, DataArray.Method.NEAREST);
            Files.delete(dir.resolve("rema-mini/38_23/38_23_400m_dem_COG_LZW.tif"));
            assertSameFailure(NotFoundException.class, lazy, a -> a);
        }
    }

    @Test
    void aCorruptFileFailsWithTheSameMessage() {
        // One tile and one chunk: a single block task, so both engines meet the same first corrupt block.
        DataArray lazy = DataArray.open(MosaicSpec.of(Fixtures.bad("corrupt_blocks.tif").toString())
                .withRows(List.of(1)).withCols(List.of(1)).withChunks(1024));
        RuntimeException e = assertSameFailure(BadContentException.class, lazy,
                a -> a.coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean());
        assertTrue(e.getMessage().contains("corrupt_blocks.tif"), e.getMessage());
    }

    @Test
    void aServerThatKeepsFailingGivesTheSameErrorWithoutHanging() {
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.root())) {
            DataArray one = DataArray.open(MosaicSpec.of(server.baseUrl() + REMA).withRows(List.of(40))
                    .withCols(List.of(20)).withChunks(1024).withOptions(FEW_RETRIES)); // one task, one request
            DataArray all = rema(server.baseUrl(), MissingPolicy.NAN);
            server.setFaults(RangeHttpServer.Faults.always503());
            RuntimeException e = assertSameFailure(SourceIOException.class, one,
                    a -> a.sel("y", 3.88e6, DataArray.Method.NEAREST));
            assertTrue(e.getMessage().contains("failed after 2 attempts"), e.getMessage());

            // Many tasks fail at once: which one is reported first may differ, what it says may not.
            String pattern = "http://127\\.0\\.0\\.1:\\d+/rema-mini/.*\\.tif \\(.*\\): failed after 2 attempts; "
                    + "last error: .*503.*";
            DataArray coarse = all.coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean();
            for (Engine engine : List.of(Engine.local(), SharedSpark.engine())) {
                SourceIOException f = assertThrows(SourceIOException.class, () -> coarse.compute(engine));
                assertTrue(f.getMessage().matches(pattern), engine.name() + ": " + f.getMessage());
            }
        }
    }

    /** Both engines raise the same exception type with the same message; returns Spark's. */
    private static RuntimeException assertSameFailure(Class<? extends NunatakException> type, DataArray source,
                                                      Function<DataArray, DataArray> view) {
        DataArray lazy = view.apply(source);
        NunatakException local = assertThrows(NunatakException.class, () -> lazy.compute(Engine.local()));
        NunatakException spark = assertThrows(NunatakException.class, () -> lazy.compute(SharedSpark.engine()));
        assertInstanceOf(type, local, local::toString);
        assertEquals(local.getClass(), spark.getClass());
        assertEquals(local.getMessage(), spark.getMessage());
        assertTrue(!spark.getMessage().contains("SparkException") && !spark.getMessage().contains("\tat "),
                spark::getMessage);
        return spark;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
