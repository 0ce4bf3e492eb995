package nunatak.array;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.geom.GeoFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Polygons to compute statistics in (drainage basins, ice shelves), in the array's CRS, with an optional
 * hypsometry bin width in metres.
 *
 * <pre>{@code
 * Zones basins = Zones.of(GeoJsonReader.read(Path.of("basins.geojson"), Crs.EPSG_4326), "NAME", 100.0);
 * ZonalStatistics stats = dem.zonal(basins);
 * }</pre>
 *
 * @param hypsometryBin the width of elevation bins {@code [k·W, (k+1)·W)}, or null for none
 */
public record Zones(List<Zone> zones, Double hypsometryBin) implements Serializable {

    /** One polygon or multipolygon (holes allowed), with its place in the input and its name. */
    public record Zone(int index, String id, Geometry geometry) implements Serializable {
    }

    public Zones {
        zones = List.copyOf(zones);
        if (zones.isEmpty()) {
            throw new InvalidArgumentException("no zones given");
        }
        if (hypsometryBin != null && !(hypsometryBin > 0)) {
            throw new InvalidArgumentException("the hypsometry bin width must be > 0 m, got " + hypsometryBin);
        }
    }

    /**
     * @param idField the property that names a zone, or null for the feature's id (else its index)
     */
    public static Zones of(List<GeoFeature> features, String idField, Double hypsometryBin) {
        List<Zone> out = new ArrayList<>();
        for (GeoFeature f : features) {
            if (!(f.geometry() instanceof Polygonal)) {
                throw new InvalidArgumentException("zone " + f.label() + " is a " + f.geometry().getGeometryType()
                        + "; zones must be Polygons or MultiPolygons");
            }
            Object id = idField == null ? f.id() : f.properties().get(idField);
            if (idField != null && id == null) {
                throw new InvalidArgumentException("zone " + f.label() + " has no property '" + idField
                        + "'; it has " + f.properties().keySet() + " (choose one with --id-field)");
            }
            out.add(new Zone(f.index(), id == null ? String.valueOf(f.index()) : String.valueOf(id), f.geometry()));
        }
        return new Zones(out, hypsometryBin);
    }
}
