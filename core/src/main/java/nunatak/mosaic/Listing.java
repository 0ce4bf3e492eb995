package nunatak.mosaic;

import java.util.Map;
import nunatak.catalog.TileCatalog;

/**
 * What a source lists: its catalog, and the areas that belong to the mosaic even where a tile turns out to be
 * missing (a template's grid cells, by tile id), so that a missing tile keeps its place as NaN.
 *
 * <pre>{@code
 * Listing listed = source.list(new double[] {-1.1e6, 9e5, -1e6, 1e6}, List.of("dem"), SourceOptions.DEFAULT);
 * listed.catalog().tiles();   // only the tiles that meet the box (REMA v2 tiles overlap their neighbours by 96 m)
 * }</pre>
 */
public record Listing(TileCatalog catalog, Map<String, double[]> cells) {
}
