package nunatak.catalog;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.tiff.DataType;

/**
 * What a catalog (a URI template over a tile index, a static STAC catalog, a STAC API search, a GDAL VRT, a list
 * of files) says about a mosaic before any tile is read. The mosaic layer turns it into a grid and places the
 * tiles on it.
 *
 * @param source   what was opened, for messages ("STAC catalog https://...", "VRT file:/...")
 * @param tiles    in the catalog's order: where tiles overlap, the later one wins by default (as in a GDAL VRT)
 * @param grid     the mosaic's own grid when the catalog defines one (a VRT's size and geotransform), else null:
 * the grid is then the union of the tiles
 * @param dataType the sample type when the catalog says (VRT band, STAC raster:bands), else null
 * @param nodata   the mosaic's nodata value when the catalog says, else null
 * @param layers   per layer (asset), its type and nodata where the catalog says them (STAC raster:bands, PGC's
 * product definitions); empty when the catalog has one kind of layer
 *
 * <pre>{@code
 * TileCatalog catalog = source.list(null, List.of("dem", "count"), SourceOptions.DEFAULT).catalog();
 * catalog.tiles().size();          // 3: the tiles of the REMA v2 sample's STAC collection
 * catalog.layers().get("count");   // LayerInfo[dataType=uint8, nodata=0.0], as STAC raster:bands says
 * }</pre>
 */
public record TileCatalog(String source, List<CatalogTile> tiles, Footprint grid, DataType dataType, Double nodata,
                          Map<String, LayerInfo> layers) implements Serializable {

    public TileCatalog {
        tiles = List.copyOf(tiles);
        layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
    }

    /** A catalog of one kind of layer (or that says nothing per layer). */
    public TileCatalog(String source, List<CatalogTile> tiles, Footprint grid, DataType dataType, Double nodata) {
        this(source, tiles, grid, dataType, nodata, Map.of());
    }

    /**
     * The type and nodata of a layer as far as the catalog says: its own entry in {@link #layers()}, else, for a
     * catalog that says nothing per layer, the catalog-wide ones.
     */
    public LayerInfo layer(String name) {
        LayerInfo own = layers.get(name);
        if (own != null) {
            return own;
        }
        return layers.isEmpty() ? new LayerInfo(dataType, nodata) : new LayerInfo(null, null);
    }
}
