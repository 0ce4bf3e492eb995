package nunatak.sample;

import java.nio.file.Path;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.catalog.RemaV2Index;
import nunatak.catalog.RemaV2Layer;
import nunatak.mosaic.IndexRange;

/**
 * What {@link RemaV2Sample} writes: which tiles of the real REMA v2 index (those of the 100 km cells rows × cols,
 * or all), at which resolution, which layers, and whether pixels are written or only the catalogs.
 *
 * <pre>{@code
 * RemaV2SampleOptions o = RemaV2SampleOptions.defaults(Path.of("sample")).withResolution("10m")
 *         .withRows(IndexRange.parse("40:39")).withCols(IndexRange.parse("20:21"));
 * }</pre>
 *
 * @param root        the mirror of the bucket's root: tiles go under {@code root/rema/mosaics/v2.0/{res}/}
 * @param resolution  "32m", "10m" or "2m"
 * @param rows        100 km cell rows (ignored with {@code allTiles})
 * @param cols        100 km cell columns (ignored with {@code allTiles})
 * @param allTiles    every tile of the index: the whole continent
 * @param layers      layers to write (the DEM and any of mad, count, mindate, maxdate, datamask)
 * @param seed        the terrain's seed
 * @param force       rewrite tiles that exist
 * @param threads     threads writing (tiles at once, the rest compress blocks)
 * @param catalogOnly write the STAC tree and the VRTs only, no pixels
 */
public record RemaV2SampleOptions(Path root, String resolution, IndexRange rows, IndexRange cols, boolean allTiles,
                                  List<RemaV2Layer> layers, long seed, boolean force, int threads,
                                  boolean catalogOnly) {

    /** Every layer the sample can write, in PGC's STAC order minus the hillshade. */
    public static final List<RemaV2Layer> ALL_LAYERS = List.of(RemaV2Layer.DEM, RemaV2Layer.COUNT, RemaV2Layer.MAD,
            RemaV2Layer.MAXDATE, RemaV2Layer.MINDATE, RemaV2Layer.DATAMASK);

    public RemaV2SampleOptions {
        if (root == null) {
            throw new InvalidArgumentException("the root directory of the sample is missing");
        }
        resolution = RemaV2Index.resolution(resolution);
        if (layers == null || layers.isEmpty()) {
            throw new InvalidArgumentException("give at least one layer to write, e.g. dem");
        }
        for (RemaV2Layer l : layers) {
            if (!ALL_LAYERS.contains(l)) {
                throw new InvalidArgumentException("the sample cannot write the " + l.suffix() + " layer; use "
                        + "dem, mad, count, mindate, maxdate or datamask");
            }
        }
        layers = List.copyOf(layers);
        if (threads < 1) {
            throw new InvalidArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** Rows 40:37 × cols 20:23 at 32 m, all six layers, seed 0. */
    public static RemaV2SampleOptions defaults(Path root) {
        return new RemaV2SampleOptions(root, "32m", new IndexRange(40, 37), new IndexRange(20, 23), false,
                ALL_LAYERS, 0, false, Runtime.getRuntime().availableProcessors(), false);
    }

    public RemaV2SampleOptions withResolution(String v) {
        return new RemaV2SampleOptions(root, v, rows, cols, allTiles, layers, seed, force, threads, catalogOnly);
    }

    public RemaV2SampleOptions withRows(IndexRange v) {
        return new RemaV2SampleOptions(root, resolution, v, cols, allTiles, layers, seed, force, threads, catalogOnly);
    }

    public RemaV2SampleOptions withCols(IndexRange v) {
        return new RemaV2SampleOptions(root, resolution, rows, v, allTiles, layers, seed, force, threads, catalogOnly);
    }

    public RemaV2SampleOptions withAllTiles(boolean v) {
        return new RemaV2SampleOptions(root, resolution, rows, cols, v, layers, seed, force, threads, catalogOnly);
    }

    public RemaV2SampleOptions withLayers(List<RemaV2Layer> v) {
        return new RemaV2SampleOptions(root, resolution, rows, cols, allTiles, v, seed, force, threads, catalogOnly);
    }

    public RemaV2SampleOptions withSeed(long v) {
        return new RemaV2SampleOptions(root, resolution, rows, cols, allTiles, layers, v, force, threads, catalogOnly);
    }

    public RemaV2SampleOptions withForce(boolean v) {
        return new RemaV2SampleOptions(root, resolution, rows, cols, allTiles, layers, seed, v, threads, catalogOnly);
    }

    public RemaV2SampleOptions withThreads(int v) {
        return new RemaV2SampleOptions(root, resolution, rows, cols, allTiles, layers, seed, force, v, catalogOnly);
    }

    public RemaV2SampleOptions withCatalogOnly(boolean v) {
        return new RemaV2SampleOptions(root, resolution, rows, cols, allTiles, layers, seed, force, threads, v);
    }
}
