package nunatak.sample;

import java.nio.file.Path;
import java.util.Set;
import nunatak.InvalidArgumentException;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.RemaGrid;

/**
 * What {@link SampleMosaic} generates: which tiles of REMA's grid, at which pixel size, with which seed,
 * where and under which names.
 *
 * @param root     directory the template is resolved against
 * @param rows     tile rows, e.g. 40:37
 * @param cols     tile columns, e.g. 20:23
 * @param res      pixel size in metres; it must divide 100 km (8 gives REMA's 12500 x 12500 tiles)
 * @param missing  tiles left out, as a tile that failed to open would be
 * @param seed     the terrain's seed
 * @param template path of a tile under {@code root}, with {@code {i}}, {@code {j}} and {@code {res}}
 * placeholders in Python format ({@link nunatak.mosaic.UriTemplate})
 * @param force    regenerate tiles that already exist
 * @param threads  tiles generated at once
 *
 * <pre>{@code
 * SampleOptions o = SampleOptions.defaults(Path.of("sample-42")).withRows(IndexRange.parse("40:39"))
 *         .withCols(IndexRange.parse("20:21")).withRes(400).withSeed(42);
 * SampleResult r = SampleMosaic.generate(o, SampleProgress.NONE);
 * }</pre>
 */
public record SampleOptions(Path root, IndexRange rows, IndexRange cols, int res, Set<TileIndex> missing, long seed,
                            String template, boolean force, int threads) {

    /** REMA's naming, with the resolution in it, as in the pangeo-pgc bucket and the rema-mini fixture. */
    public static final String DEFAULT_TEMPLATE = "{i:02d}_{j:02d}/{i:02d}_{j:02d}_{res}m_dem_COG_LZW.tif";

    public SampleOptions {
        if (root == null) {
            throw new InvalidArgumentException("the root directory of the sample is missing");
        }
        if (res < 1) {
            throw new InvalidArgumentException("resolution must be a positive number of metres, not " + res);
        }
        RemaGrid.pixelsPerTile(res);
        if (Math.min(Math.min(rows.first(), rows.last()), Math.min(cols.first(), cols.last())) < 1) {
            throw new InvalidArgumentException("REMA tile rows and columns start at 1, not " + rows + " x " + cols);
        }
        if (threads < 1) {
            throw new InvalidArgumentException("threads must be at least 1, not " + threads);
        }
        missing = Set.copyOf(missing);
    }

    /** Rows 40:37, columns 20:23 at 8 m (REMA's resolution), tile 38_21 present, seed 0, REMA's names. */
    public static SampleOptions defaults(Path root) {
        return new SampleOptions(root, new IndexRange(40, 37), new IndexRange(20, 23), 8, Set.of(), 0,
                DEFAULT_TEMPLATE, false, Runtime.getRuntime().availableProcessors());
    }

    public SampleOptions withRows(IndexRange v) {
        return new SampleOptions(root, v, cols, res, missing, seed, template, force, threads);
    }

    public SampleOptions withCols(IndexRange v) {
        return new SampleOptions(root, rows, v, res, missing, seed, template, force, threads);
    }

    public SampleOptions withRes(int v) {
        return new SampleOptions(root, rows, cols, v, missing, seed, template, force, threads);
    }

    public SampleOptions withMissing(Set<TileIndex> v) {
        return new SampleOptions(root, rows, cols, res, v, seed, template, force, threads);
    }

    public SampleOptions withSeed(long v) {
        return new SampleOptions(root, rows, cols, res, missing, v, template, force, threads);
    }

    public SampleOptions withTemplate(String v) {
        return new SampleOptions(root, rows, cols, res, missing, seed, v, force, threads);
    }

    public SampleOptions withForce(boolean v) {
        return new SampleOptions(root, rows, cols, res, missing, seed, template, v, threads);
    }

    public SampleOptions withThreads(int v) {
        return new SampleOptions(root, rows, cols, res, missing, seed, template, force, v);
    }
}
