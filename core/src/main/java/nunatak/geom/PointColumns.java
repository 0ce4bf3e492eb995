package nunatak.geom;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nunatak.InvalidArgumentException;

/**
 * Which CSV columns hold a point's coordinates, and in which CRS: {@code x}/{@code y} in EPSG:3031 metres, or
 * {@code lon}/{@code lat} in EPSG:4326 (the CLI's {@code --x-col/--y-col} and {@code --lon-col/--lat-col}).
 *
 * <pre>{@code
 * PointColumns cols = PointColumns.lonLat("longitude", "latitude");
 * PointColumns auto = PointColumns.detect(List.of("name", "x", "y"), null);   // x, y in EPSG:3031
 * }</pre>
 */
public record PointColumns(String xColumn, String yColumn, Crs crs) implements Serializable {
    private static final List<String> X_NAMES = List.of("x", "easting");
    private static final List<String> Y_NAMES = List.of("y", "northing");
    private static final List<String> LON_NAMES = List.of("lon", "lng", "long", "longitude");
    private static final List<String> LAT_NAMES = List.of("lat", "latitude");

    public static PointColumns xy(String xColumn, String yColumn) {
        return new PointColumns(xColumn, yColumn, Crs.EPSG_3031);
    }

    public static PointColumns lonLat(String lonColumn, String latColumn) {
        return new PointColumns(lonColumn, latColumn, Crs.EPSG_4326);
    }

    /**
     * Finds the coordinate columns by their usual names (x/y or easting/northing, else lon/lat, any case); the CRS
     * is {@code crs} when given, else EPSG:3031 for x/y and EPSG:4326 for lon/lat.
     */
    public static PointColumns detect(List<String> header, Crs crs) {
        String x = find(header, X_NAMES);
        String y = find(header, Y_NAMES);
        if (x != null && y != null) {
            return new PointColumns(x, y, crs == null ? Crs.EPSG_3031 : crs);
        }
        String lon = find(header, LON_NAMES);
        String lat = find(header, LAT_NAMES);
        if (lon != null && lat != null) {
            return new PointColumns(lon, lat, crs == null ? Crs.EPSG_4326 : crs);
        }
        throw new InvalidArgumentException("no coordinate columns found among " + header + "; name them with "
                + "--x-col/--y-col (EPSG:3031 metres) or --lon-col/--lat-col (degrees)");
    }

    /** Indices of the x and y columns in {@code header}; an error naming the columns there when one is missing. */
    int[] indices(List<String> header, String source) {
        int xi = header.indexOf(xColumn);
        int yi = header.indexOf(yColumn);
        if (xi < 0 || yi < 0) {
            throw new InvalidArgumentException(source + " has no column \"" + (xi < 0 ? xColumn : yColumn) + "\" (its "
                    + "columns: " + String.join(", ", header) + "); name the coordinate columns with --x-col/--y-col "
                    + "or --lon-col/--lat-col");
        }
        return new int[] {xi, yi};
    }

    private static String find(List<String> header, List<String> names) {
        for (String h : header) {
            if (names.contains(h.trim().toLowerCase(Locale.ROOT))) {
                return h;
            }
        }
        return null;
    }
}
