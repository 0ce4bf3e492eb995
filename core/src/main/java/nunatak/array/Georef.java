package nunatak.array;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an array's pixels lie and what marks missing data: the CRS (an EPSG code), the affine transform of its
 * top-left pixel corner, the nodata value, and whether pixels are areas or points. Views keep it true ({@code isel},
 * {@code sel}, {@code coarsen} move and scale the transform); GeoTIFF export and figures read it, and the
 * rioxarray-style attributes ({@code transform}, {@code crs}, {@code res}, ...) are written from it.
 *
 * <pre>{@code
 * Georef g = dem.georef();
 * g.transform().resX();   // 32.0
 * g.crs();                // "EPSG:3031"
 * }</pre>
 *
 * @param epsg        the CRS, or null when unknown
 * @param transform   pixel corners to map coordinates, or null for arrays that are not a grid (a line profile)
 * @param nodata      the value marking missing data in the values, or null
 * @param areaOrPoint "Area" or "Point", as GDAL's AREA_OR_POINT
 */
public record Georef(Integer epsg, Affine transform, Double nodata, String areaOrPoint) implements Serializable {

    /** The attribute names rioxarray gives a raster, in its order; they are derived, not stored. */
    static final List<String> KEYS = List.of("transform", "crs", "res", "is_tiled", "nodatavals", "scales", "offsets",
            "AREA_OR_POINT");

    public String crs() {
        return epsg == null ? null : "EPSG:" + epsg;
    }

    public Georef withNodata(Double v) {
        return new Georef(epsg, transform, v, areaOrPoint);
    }

    /** After keeping positions {@code start + step·k} along an axis (0 = rows, 1 = columns). */
    Georef afterIndex(int axis, int start, int step) {
        if (transform == null) {
            return this;
        }
        Affine t = axis == 1 ? transform.shifted(start, 0).scaled(step, 1) : transform.shifted(0, start).scaled(1, step);
        return new Georef(epsg, t, nodata, areaOrPoint);
    }

    Georef afterCoarsen(int factorRows, int factorCols) {
        return transform == null ? this : new Georef(epsg, transform.scaled(factorCols, factorRows), nodata, areaOrPoint);
    }

    /** The attributes open_rasterio shows, in its order. */
    Map<String, Object> attrs() {
        Map<String, Object> a = new LinkedHashMap<>();
        if (transform != null) {
            a.put("transform", transform.toList());
        }
        a.put("crs", epsg == null ? "unknown" : crs());
        if (transform != null) {
            a.put("res", List.of(transform.resX(), transform.resY()));
        }
        a.put("is_tiled", 1);
        List<Double> nd = new ArrayList<>();
        nd.add(nodata == null ? Double.NaN : nodata);
        a.put("nodatavals", nd);
        a.put("scales", List.of(1.0));
        a.put("offsets", List.of(0.0));
        a.put("AREA_OR_POINT", areaOrPoint == null ? "Area" : areaOrPoint);
        return a;
    }

    /** Rebuilds a georef from the attributes {@link #attrs()} wrote (a saved JSON result), or null. */
    static Georef fromAttrs(Map<String, Object> attrs) {
        if (!attrs.containsKey("crs") && !attrs.containsKey("transform")) {
            return null;
        }
        Affine t = null;
        if (attrs.get("transform") instanceof List<?> l && l.size() == 6) {
            double[] v = new double[6];
            for (int i = 0; i < 6; i++) {
                v[i] = ((Number) l.get(i)).doubleValue();
            }
            t = new Affine(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
        Integer epsg = null;
        if (attrs.get("crs") instanceof String s && s.toUpperCase(java.util.Locale.ROOT).startsWith("EPSG:")) {
            try {
                epsg = Integer.parseInt(s.substring(5).trim());
            } catch (NumberFormatException e) {
                epsg = null;
            }
        }
        Double nodata = null;
        if (attrs.get("nodatavals") instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Number n
                && !Double.isNaN(n.doubleValue())) {
            nodata = n.doubleValue();
        }
        String aop = attrs.get("AREA_OR_POINT") instanceof String s ? s : "Area";
        return new Georef(epsg, t, nodata, aop);
    }
}
