package nunatak.mosaic;

import java.util.Map;
import nunatak.catalog.TileCatalog;

/**
 * What a source lists: its catalog, and the areas that belong to the mosaic even where a tile turns out to be
 * missing (a template's grid cells, by tile id), so that a missing tile keeps its place as NaN.
 */
public record Listing(TileCatalog catalog, Map<String, double[]> cells) {
}
