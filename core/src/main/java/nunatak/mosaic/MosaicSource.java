package nunatak.mosaic;

import java.io.Serializable;
import nunatak.source.SourceOptions;

/**
 * Where a mosaic's tiles come from: a URI template over grid cells, a published preset, a static STAC catalog, a
 * STAC API search, a GDAL VRT, or a list of files. Listing reads catalogs only, never a tile.
 *
 * <pre>{@code
 * MosaicSource src = TemplateSource.of("s3://bucket/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_v2.0_{asset}.tif", "40:37", "20:23");
 * Dataset v2 = Dataset.open(src, OpenOptions.DEFAULT);
 * }</pre>
 */
public interface MosaicSource extends Serializable {

    /**
     * The tiles, with every asset they have (or those named, for sources that cannot tell).
     *
     * @param bbox   an EPSG:3031 box (xmin, ymin, xmax, ymax) the tiles must meet, or null for all; a source may
     *               list more (the caller selects the box), never fewer
     * @param assets the layers wanted; sources that list assets themselves (STAC) return all they have
     */
    Listing list(double[] bbox, java.util.List<String> assets, SourceOptions options);

    /** A short description for messages, e.g. "STAC catalog https://...". */
    String describe();
}
