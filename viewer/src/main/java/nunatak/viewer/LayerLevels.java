package nunatak.viewer;

import java.util.ArrayList;
import java.util.List;
import nunatak.NotFoundException;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicSource;
import nunatak.mosaic.MosaicTile;
import nunatak.source.SourceOptions;
import nunatak.tiff.GeoTiffCache;

/**
 * Opens one layer of a source as a {@link Dataset} at full resolution and at every overview level its tiles have
 * ({@code LayerOptions.withLevel(L)}), nodata as NaN. How many levels: the fewest overviews among the tiles whose
 * headers opening read anyway (templates, file lists), or the first tile's where a catalog placed the tiles
 * without reading them (STAC, VRT), so that opening a catalog of thousands of tiles reads one header.
 */
final class LayerLevels {
    private LayerLevels() {
    }

    /** A layer's arrays, full resolution first, and the full-resolution mosaic (its tiles, and which are missing). */
    record Opened(List<DataArray> levels, MosaicLayout full) {
    }

    static Opened open(MosaicSource source, String asset, OpenOptions options) {
        OpenOptions one = options.withAssets(List.of(asset));
        Dataset full = Dataset.open(source, one.withLayer(options.layer().withLevel(0)));
        int overviews = overviews(full.layout(asset), options.layer().options());
        List<DataArray> levels = new ArrayList<>();
        levels.add(full.get(asset).maskNodataIfAny());
        for (int level = 1; level <= overviews; level++) {
            levels.add(Dataset.open(source, one.withLayer(options.layer().withLevel(level))).get(asset).maskNodataIfAny());
        }
        return new Opened(List.copyOf(levels), full.layout(asset));
    }

    private static int overviews(MosaicLayout layout, SourceOptions options) {
        int fewest = Integer.MAX_VALUE;
        boolean looked = false;
        for (MosaicTile t : layout.tiles()) {
            if (!t.present() || (looked && t.expected() != null)) {
                continue;
            }
            try {
                fewest = Math.min(fewest, GeoTiffCache.open(t.uri(), options).overviewCount());
                looked = true;
            } catch (NotFoundException e) {
                // a catalog's tile that turns out missing reads as NaN; another tile tells the levels
            }
        }
        return looked ? fewest : 0;
    }
}
