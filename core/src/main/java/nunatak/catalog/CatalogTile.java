package nunatak.catalog;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One tile a catalog lists: its name, the URI of each of its layers (asset name → URI, in the catalog's order),
 * and, when the catalog says, where it lies. Nothing here has been read from the tile itself.
 *
 * @param id        a short name for messages ("38_21", "38_21_1_2", a file name)
 * @param assets    layer name → absolute URI (file:, http(s):, s3:, gs:)
 * @param footprint where the tile lies, or null when only its header can tell (then it is read when opening)
 * @param srcCol    first column of the file that the tile uses (a VRT SrcRect may start inside the file), else 0
 * @param srcRow    first row of the file that the tile uses, else 0
 * @param nodata    the value that is transparent where tiles overlap (a VRT ComplexSource's NODATA, STAC
 * raster:bands nodata), or null to use the file's own nodata
 * @param opaque    true when even nodata pixels cover earlier tiles (a VRT SimpleSource); false as gdalbuildvrt
 * writes mosaics (nodata pixels let earlier tiles show through)
 * @param window    true when the tile may use only part of its file (a VRT SrcRect): the file is then checked to hold
 * the footprint, not to be exactly its size
 *
 * <pre>{@code
 * CatalogTile first = source.list(null, List.of("dem"), SourceOptions.DEFAULT).catalog().tiles().get(0);
 * String uri = first.assets().get("dem");     // file:///.../32m/39_20/39_20_32m_v2.0_dem.tif
 * double[] box = first.footprint().bounds();   // [-1100096.0, 799904.0, -999904.0, 900096.0]: 100 km and a buffer
 * }</pre>
 */
public record CatalogTile(String id, Map<String, String> assets, Footprint footprint, int srcCol, int srcRow,
                          Double nodata, boolean opaque, boolean window) implements Serializable {

    public CatalogTile {
        assets = Collections.unmodifiableMap(new LinkedHashMap<>(assets));
    }

    /** A tile with one layer per asset, placed by the catalog (or by its header when {@code footprint} is null). */
    public static CatalogTile of(String id, Map<String, String> assets, Footprint footprint) {
        return new CatalogTile(id, assets, footprint, 0, 0, null, false, false);
    }
}
