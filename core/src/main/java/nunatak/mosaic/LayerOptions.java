package nunatak.mosaic;

import java.io.Serializable;
import nunatak.InvalidArgumentException;
import nunatak.source.SourceOptions;

/**
 * How to open one layer of a mosaic: which asset of each tile, which band, which level, the overlap rule, what a
 * missing tile means and how bytes are fetched.
 *
 * <pre>{@code
 * LayerOptions o = LayerOptions.DEFAULT.withAsset("mad").withLevel(2).withOverlap(OverlapRule.FIRST);
 * }</pre>
 *
 * @param asset the layer's name among each tile's assets ("dem", "mad", ...); null for "dem" or else the first
 * @param band  from 1
 * @param level 0 for full resolution, n for the n-th overview
 * @param useMask pixels that a tile's internal mask marks invalid read as NaN (GDAL_TIFF_INTERNAL_MASK files)
 */
public record LayerOptions(String asset, int band, int level, OverlapRule overlap, MissingPolicy onMissing,
                           SourceOptions options, boolean useMask) implements Serializable {

    public static final LayerOptions DEFAULT = new LayerOptions(null, 1, 0, OverlapRule.LAST, MissingPolicy.NAN,
            SourceOptions.DEFAULT, false);

    public LayerOptions {
        if (band < 1) {
            throw new InvalidArgumentException("bands are numbered from 1, got " + band);
        }
        if (level < 0) {
            throw new InvalidArgumentException("overview level must be >= 0, got " + level);
        }
        if (overlap == null || onMissing == null || options == null) {
            throw new InvalidArgumentException("overlap rule, missing-tile policy and source options must be given");
        }
    }

    public LayerOptions withAsset(String v) {
        return new LayerOptions(v, band, level, overlap, onMissing, options, useMask);
    }

    public LayerOptions withBand(int v) {
        return new LayerOptions(asset, v, level, overlap, onMissing, options, useMask);
    }

    public LayerOptions withLevel(int v) {
        return new LayerOptions(asset, band, v, overlap, onMissing, options, useMask);
    }

    public LayerOptions withOverlap(OverlapRule v) {
        return new LayerOptions(asset, band, level, v, onMissing, options, useMask);
    }

    public LayerOptions withOnMissing(MissingPolicy v) {
        return new LayerOptions(asset, band, level, overlap, v, options, useMask);
    }

    public LayerOptions withOptions(SourceOptions v) {
        return new LayerOptions(asset, band, level, overlap, onMissing, v, useMask);
    }

    public LayerOptions withUseMask(boolean v) {
        return new LayerOptions(asset, band, level, overlap, onMissing, options, v);
    }
}
