package nunatak.geom;

import java.util.Locale;
import nunatak.InvalidArgumentException;

/**
 * The two coordinate reference systems nunatak's geometry inputs may use: lon/lat on WGS84 (EPSG:4326, always in
 * longitude, latitude order, as GeoJSON and the CLI write them) and the Antarctic Polar Stereographic grid of
 * REMA (EPSG:3031, metres).
 *
 * <pre>{@code
 * Crs crs = Crs.parse("EPSG:4326");   // also "4326", "OGC:CRS84", "urn:ogc:def:crs:EPSG::3031"
 * boolean lonLat = crs.isLonLat();
 * }</pre>
 */
public enum Crs {
    EPSG_4326("EPSG:4326"),
    EPSG_3031("EPSG:3031");

    private final String code;

    Crs(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isLonLat() {
        return this == EPSG_4326;
    }

    /** Parses EPSG codes as users and GeoJSON "crs" members write them; anything else is an error naming both. */
    public static Crs parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        if (s.equals("OGC:CRS84") || s.equals("CRS84") || s.equals("URN:OGC:DEF:CRS:OGC:1.3:CRS84")) {
            return EPSG_4326;
        }
        String digits = s.replaceFirst("^(EPSG:|URN:OGC:DEF:CRS:EPSG:[0-9.]*:|HTTP://WWW.OPENGIS.NET/DEF/CRS/EPSG/0/)", "");
        if (digits.equals("4326")) {
            return EPSG_4326;
        }
        if (digits.equals("3031")) {
            return EPSG_3031;
        }
        throw new InvalidArgumentException("coordinate reference system '" + text + "' is not supported: give "
                + "EPSG:4326 (lon/lat) or EPSG:3031 (Antarctic Polar Stereographic metres), or reproject the input "
                + "first, e.g. with ogr2ogr -t_srs EPSG:3031");
    }

    @Override
    public String toString() {
        return code;
    }
}
