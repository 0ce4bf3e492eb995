package nunatak.catalog;

import java.io.Serializable;
import java.util.List;
import nunatak.tiff.DataType;

/**
 * What a catalog (a URI template over a tile index, a static STAC catalog, a STAC API search, a GDAL VRT, a list
 * of files) says about a mosaic before any tile is read. The mosaic layer turns it into a grid and places the
 * tiles on it.
 *
 * @param source   what was opened, for messages ("STAC catalog https://...", "VRT file:/...")
 * @param tiles    in the catalog's order: where tiles overlap, the later one wins by default (as in a GDAL VRT)
 * @param grid     the mosaic's own grid when the catalog defines one (a VRT's size and geotransform), else null:
 *                 the grid is then the union of the tiles
 * @param dataType the sample type when the catalog says (VRT band, STAC raster:bands), else null
 * @param nodata   the mosaic's nodata value when the catalog says, else null
 */
public record TileCatalog(String source, List<CatalogTile> tiles, Footprint grid, DataType dataType, Double nodata)
        implements Serializable {

    public TileCatalog {
        tiles = List.copyOf(tiles);
    }
}
