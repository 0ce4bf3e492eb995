package nunatak.geom;

import java.io.Serializable;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON input: its position in the file (0-based), its {@code id} as text (null when absent),
 * its properties in file order (JSON values as String, Number, Boolean, List, Map or null), and its geometry in
 * EPSG:3031 metres (projected from lon/lat when the input was EPSG:4326).
 *
 * <pre>{@code
 * for (GeoFeature zone : GeoJsonReader.read(Path.of("basins.geojson"), Crs.EPSG_4326)) {
 *     Object name = zone.properties().get("NAME");
 *     PixelGrid grid = new PixelGrid(-1_100_000, 1_000_000, 400, -400);
 *     CentreMask mask = CentreMask.of(zone.geometry(), grid);
 * }
 * }</pre>
 */
public record GeoFeature(int index, String id, Map<String, Object> properties, Geometry geometry)
        implements Serializable {

    /** "feature 3 (id "ross")", as error messages name it. */
    public String label() {
        return label(index, id);
    }

    static String label(int index, String id) {
        return "feature " + index + (id == null ? "" : " (id \"" + id + "\")");
    }
}
