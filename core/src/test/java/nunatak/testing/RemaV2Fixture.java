package nunatak.testing;

import java.nio.file.Path;
import nunatak.mosaic.IndexRange;
import nunatak.sample.RemaV2Sample;
import nunatak.sample.RemaV2SampleOptions;
import nunatak.sample.RemaV2SampleResult;
import nunatak.sample.SampleProgress;

/**
 * A small REMA v2 sample shared by the tests of one JVM: the 32 m tiles of cells 40:39 × 20:21 (39_20, 39_21 and
 * the half tile 40_21; 40_20 has no tile in REMA v2) with all six layers, their STAC tree and VRTs, under
 * {@code target/rema-v2-sample} of the module. Written once (about 10 s) and reused by later runs, as
 * {@code nunatak sample} reuses tiles of the same seed.
 *
 * <pre>{@code
 * RemaV2SampleResult s = RemaV2Fixture.small();
 * StacCatalog.read(s.collection().toString(), Region.ALL, SourceOptions.DEFAULT);
 * }</pre>
 */
public final class RemaV2Fixture {
    public static final IndexRange ROWS = new IndexRange(40, 39);
    public static final IndexRange COLS = new IndexRange(20, 21);
    private static RemaV2SampleResult small;
    private static java.util.Map<String, RemaV2SampleResult> continent = new java.util.HashMap<>();

    private RemaV2Fixture() {
    }

    public static synchronized RemaV2SampleResult small() {
        if (small == null) {
            Path root = Path.of("target", "rema-v2-sample").toAbsolutePath();
            small = RemaV2Sample.generate(RemaV2SampleOptions.defaults(root).withRows(ROWS).withCols(COLS).withSeed(7),
                    SampleProgress.NONE);
        }
        return small;
    }

    /**
     * What GDAL + xarray + rioxarray read from {@link #small()}'s tiles through {@code gdalbuildvrt}'s VRTs
     * ({@code reference_mosaics.py rema-v2-sample}): "coarsen" (where dem > 0, 50 × 50 mean), "valid_coarsen" (also
     * where count >= 2), "profile_y" (y = 900000, nearest), "box" (the pixels around the corner where three tiles
     * meet).
     */
    public static synchronized ReferenceArrays smallReferences() {
        RemaV2SampleResult s = small();
        return ReferenceArrays.compute(Path.of("target", "rema-v2-sample-ref").toAbsolutePath(), "rema-v2-sample",
                s.baseDir().toAbsolutePath().toString(), Path.of("target", "rema-v2-sample-ref").toAbsolutePath().toString());
    }

    /**
     * The whole continent's catalogs at {@code res} ("32m": 1523 tiles, "2m": 5800), no pixels: the STAC tree and
     * the DEM's VRT that {@code nunatak sample --product rema-v2 --all --catalog-only --layers dem} writes, under
     * {@code target/rema-v2-continent} of the module, once per JVM.
     */
    public static synchronized RemaV2SampleResult continent(String res) {
        return continent.computeIfAbsent(res, r -> {
            Path root = Path.of("target", "rema-v2-continent").toAbsolutePath();
            RemaV2SampleOptions o = RemaV2SampleOptions.defaults(root).withResolution(r).withAllTiles(true)
                    .withCatalogOnly(true).withLayers(java.util.List.of(nunatak.catalog.RemaV2Layer.DEM));
            return RemaV2Sample.generate(o, SampleProgress.NONE);
        });
    }
}
