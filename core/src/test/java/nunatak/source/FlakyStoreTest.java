package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.Grid;
import nunatak.mosaic.MosaicSpec;
import nunatak.testing.Fixtures;
import nunatak.testing.PixelAssertions;
import nunatak.testing.RangeHttpServer;
import nunatak.testing.RangeHttpServer.Fault;
import nunatak.testing.RangeHttpServer.Faults;
import org.junit.jupiter.api.Test;

/**
 * The notebook's coarsen and profile over the rema-mini mosaic served by an object store having a bad day
 * (10 % 503, 2 % 429, 2 % resets, 1 % truncated bodies, 1 % stalls of 15 s): the same values as over a clean
 * store, in no more time than the clean run plus a few stall timeouts. Every stall would otherwise cost 15 s.
 */
class FlakyStoreTest {
    private static final Duration STALL = Duration.ofSeconds(15);
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(2);

    private record Results(Grid coarse, Grid profile, Duration took) {
    }

    private static Results notebook(RangeHttpServer server) {
        SourceOptions o = SourceOptions.DEFAULT.withCacheBytes(0).withStallTimeout(STALL_TIMEOUT);
        String template = server.baseUrl() + "/" + Fixtures.remaMiniReference().get("template").asText();
        long start = System.nanoTime();
        DataArray dem = DataArray.open(MosaicSpec.of(template).withRows(List.of(40, 39, 38, 37))
                .withCols(List.of(20, 21, 22, 23)).withOptions(o)).where(Condition.gt(0));
        Grid coarse = dem.coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean().compute().values();
        Grid profile = dem.sel("y", 750000, DataArray.Method.NEAREST).compute().values();
        return new Results(coarse, profile, Duration.ofNanos(System.nanoTime() - start));
    }

    @Test
    void aFlakyStoreGivesTheCleanValuesWithinAFewStallTimeoutsOfTheCleanTime() {
        Results clean;
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.remaMini())) {
            clean = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> notebook(server));
        }
        try (RangeHttpServer server = RangeHttpServer.serve(Fixtures.remaMini(),
                Faults.flakyStore(STALL.toMillis(), 11))) {
            // At 1 % a run of some 40 requests may draw no stall at all: one of each kind comes first, for sure.
            server.injectNext(Fault.STALL_HEADERS, STALL.toMillis());
            server.injectNext(Fault.STALL, STALL.toMillis());
            Results flaky = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> notebook(server));

            // Partial cells are merged in arrival order for now, so sums may differ in their last bits.
            PixelAssertions.assertSameGrid(clean.coarse(), flaky.coarse(), 1e-12);
            PixelAssertions.assertSameGrid(clean.profile(), flaky.profile(), 0);
            assertTrue(server.faultsInjected() > 2, () -> "faults injected: " + server.faultsInjected());
            Duration bound = clean.took().plus(STALL_TIMEOUT.multipliedBy(3)).plusSeconds(3);
            assertTrue(flaky.took().compareTo(bound) < 0, () -> "flaky " + flaky.took() + " vs clean " + clean.took()
                    + " with " + server.faultsInjected(Fault.STALL_HEADERS) + " + " + server.faultsInjected(Fault.STALL)
                    + " stalls and " + server.faultsInjected() + " faults in " + server.requests().size() + " requests");
        }
    }
}
