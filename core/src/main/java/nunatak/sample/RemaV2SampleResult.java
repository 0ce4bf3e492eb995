package nunatak.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nunatak.catalog.RemaV2Layer;

/**
 * What {@link RemaV2Sample#generate} wrote and where to open it from.
 *
 * @param baseDir    the version directory ({@code root/rema/mosaics/v2.0/}): the base URL of
 * {@link nunatak.catalog.RemaV2#catalog}
 * @param written    ids of the tiles written by this run ("40_20", "40_20_1_2")
 * @param reused     ids of the tiles that existed and were kept
 * @param catalogued how many tiles the STAC tree and the VRTs list (written, reused, and any others already there)
 * @param stacRoot   the root catalog {@code pgc-data-stac.json}
 * @param collection the resolution's collection {@code rema/mosaics/v2.0/{res}.json}
 * @param vrts       one VRT per layer, {@code rema/mosaics/v2.0/{res}_{layer}.vrt}
 *
 * <pre>{@code
 * RemaV2SampleResult r = RemaV2Sample.generate(RemaV2SampleOptions.defaults(Path.of("my-rema-v2"))
 *         .withRows(new IndexRange(40, 39)).withCols(new IndexRange(20, 21)), SampleProgress.NONE);
 * Dataset layers = Dataset.open(new CatalogSources.Stac(r.collection().toString()), OpenOptions.DEFAULT);
 * }</pre>
 */
public record RemaV2SampleResult(Path root, String resolution, Path baseDir, List<String> written,
                                 List<String> reused, int catalogued, Path stacRoot, Path collection,
                                 Map<RemaV2Layer, Path> vrts, Duration elapsed) {
}
