package nunatak.blocks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nunatak.array.Boundary;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.engine.JobStats;
import nunatak.engine.LocalEngine;
import nunatak.mosaic.MosaicSpec;
import nunatak.source.ByteCache;
import nunatak.source.SourceOptions;
import nunatak.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The notebook's session on the REMA fixture (16 tiles at 400 m, one missing): a profile after a coarsen reads the
 * blocks the coarsen decoded from the decoded-block cache, without a request, and every value is the same as with
 * the cache off; a job larger than the budget keeps nothing but reads what is kept; a source with caching off
 * bypasses the cache.
 */
class DecodedBlockCacheTest {
    private static final String TEMPLATE = Fixtures.root().resolve("rema-mini").toUri()
            + "{i:02d}_{j:02d}/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
    private final long defaultCapacity = DecodedBlockCache.shared().capacity();

    @AfterEach
    void restore() {
        DecodedBlockCache.shared().clear();
        DecodedBlockCache.shared().capacity(defaultCapacity);
    }

    private static DataArray masked() {
        return DataArray.open(MosaicSpec.of(TEMPLATE).withRows(List.of(40, 39, 38, 37)).withCols(List.of(20, 21, 22, 23)))
                .where(Condition.gt(0));
    }

    /** The coarse map and the profile of one notebook session, and their jobs. */
    private record Session(double[] map, double[] profile, JobStats mapJob, JobStats profileJob) {
        static Session run(LocalEngine engine) {
            DataArray masked = masked();
            DataArray map = masked.coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean().compute(engine);
            ByteCache.shared().clear(); // so that only decoded blocks are kept between the jobs
            DataArray profile = masked.sel("y", 750000, DataArray.Method.NEAREST).compute(engine);
            return new Session(map.toDoubleArray(), profile.toDoubleArray(), map.job(), profile.job());
        }
    }

    @Test
    void aProfileAfterACoarsenReadsNoBlockAgainAndGivesTheSameValues() {
        DecodedBlockCache cache = DecodedBlockCache.shared();
        try (LocalEngine engine = new LocalEngine(new LocalEngine.Options(2, 4, 2))) {
            cache.clear();
            cache.capacity(0);
            Session cold = Session.run(engine);
            JobStats coldProfile = cold.profileJob();
            assertTrue(coldProfile.requests() > 0 && coldProfile.cacheHits() == 0, coldProfile.toString());

            cache.capacity(256L << 20);
            Session warm = Session.run(engine);
            JobStats coarsen = warm.mapJob();
            JobStats profile = warm.profileJob();
            assertTrue(coarsen.requests() > 0, coarsen.toString());
            assertEquals(0, profile.requests(), "the profile fetched nothing: " + profile);
            assertEquals(profile.blocks(), profile.cacheHits(), "every block from the cache: " + profile);
            assertTrue(cache.sizeBytes() > 0 && cache.sizeBytes() <= cache.capacity());

            assertArrayEquals(cold.map(), warm.map(), "coarse map, cache off vs on");
            assertArrayEquals(cold.profile(), warm.profile(), "profile, cache off vs on");
            assertTrue(java.util.Arrays.stream(warm.profile()).filter(v -> v == v).count() > 100,
                    "the profile crosses land");

            Session again = Session.run(engine); // the coarsen too, from the cache this time
            assertEquals(0, again.mapJob().requests(), again.mapJob().toString());
            assertArrayEquals(cold.map(), again.map(), "coarse map from cached blocks");
            assertArrayEquals(cold.profile(), again.profile(), "profile from cached blocks");
        }
    }

    @Test
    void aJobLargerThanTheBudgetKeepsNothingButReadsWhatIsKept() {
        DecodedBlockCache cache = DecodedBlockCache.shared();
        try (LocalEngine engine = new LocalEngine(new LocalEngine.Options(2, 4, 2))) {
            cache.clear();
            cache.capacity(0);
            double[] reference = masked().coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean().compute(engine)
                    .toDoubleArray();

            cache.capacity(2L << 20); // the fixture's 60 blocks of 128 x 128 float32 are 3.75 MiB decoded
            DataArray scan = masked().coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean().compute(engine);
            assertArrayEquals(reference, scan.toDoubleArray());
            assertEquals(0, cache.sizeBytes(), "a scan keeps nothing");

            DataArray profile = masked().sel("y", 750000, DataArray.Method.NEAREST).compute(engine);
            long kept = cache.sizeBytes();
            assertEquals(profile.job().blocks() * (64 << 10), kept, "a small job keeps its blocks: " + profile.job());

            DataArray again = masked().coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean().compute(engine);
            assertArrayEquals(reference, again.toDoubleArray(), "a scan partly from kept blocks");
            assertEquals(profile.job().blocks(), again.job().cacheHits(), "the profile's blocks: " + again.job());
            assertEquals(kept, cache.sizeBytes(), "the scan evicted nothing and added nothing");
        }
    }

    @Test
    void aScanKeepsTheBlocksALaterJobWasAnnouncedToRead() {
        DecodedBlockCache cache = DecodedBlockCache.shared();
        try (LocalEngine engine = new LocalEngine(new LocalEngine.Options(2, 4, 2))) {
            cache.clear();
            cache.capacity(0);
            double[] reference = masked().sel("y", 750000, DataArray.Method.NEAREST).compute(engine).toDoubleArray();

            cache.capacity(2L << 20); // smaller than the coarsen's 3.75 MiB of decoded blocks: a scan
            DataArray profile = masked().sel("y", 750000, DataArray.Method.NEAREST).expectLater();
            assertEquals(0, cache.sizeBytes(), "announcing plans, reads nothing");
            masked().coarsen(Map.of("y", 10, "x", 10), Boundary.TRIM).mean().compute(engine);
            ByteCache.shared().clear();
            DataArray computed = profile.compute(engine);
            JobStats job = computed.job();
            assertEquals(0, job.requests(), "the profile fetched nothing: " + job);
            assertEquals(job.blocks(), job.cacheHits(), job.toString());
            assertEquals(job.blocks() * (64 << 10), cache.sizeBytes(), "the scan kept the profile's blocks, no more");
            assertArrayEquals(reference, computed.toDoubleArray());

            DataArray scan = masked().coarsen(Map.of("y", 5, "x", 5), Boundary.TRIM).mean().compute(engine);
            assertEquals(job.blocks() * (64 << 10), cache.sizeBytes(), "the announcement was used up: " + scan.job());
        }
    }

    @Test
    void announcementsAreBoundedByTheBudget() {
        DecodedBlockCache small = new DecodedBlockCache(64 << 10); // room for 16 blocks of 4 KiB
        for (int i = 0; i < 100; i++) {
            small.expect(new DecodedBlockCache.Key("file:///t.tif", 0, 1, false, i, 0));
        }
        assertTrue(small.expected(new DecodedBlockCache.Key("file:///t.tif", 0, 1, false, 15, 0)));
        assertFalse(small.expected(new DecodedBlockCache.Key("file:///t.tif", 0, 1, false, 16, 0)),
                "an announcement beyond the budget is ignored");
        small.clear();
        assertFalse(small.expected(new DecodedBlockCache.Key("file:///t.tif", 0, 1, false, 0, 0)));
    }

    @Test
    void aSourceWithCachingOffBypassesIt() {
        DecodedBlockCache cache = DecodedBlockCache.shared();
        try (LocalEngine engine = new LocalEngine(new LocalEngine.Options(2, 4, 2))) {
            cache.clear();
            cache.capacity(256L << 20);
            DataArray dem = DataArray.open(MosaicSpec.of(TEMPLATE).withRows(List.of(40, 39)).withCols(List.of(20, 21))
                    .withOptions(SourceOptions.DEFAULT.withCacheBytes(0)));
            dem.compute(engine);
            assertEquals(0, cache.sizeBytes());
            JobStats again = dem.compute(engine).job();
            assertEquals(0, again.cacheHits(), again.toString());
            assertTrue(again.requests() > 0, again.toString());
        }
    }
}
