package nunatak.plot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import nunatak.BadContentException;
import nunatak.NotFoundException;
import nunatak.tiff.GeoReference;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.Raster;
import nunatak.tiff.Window;

/**
 * Optional readers for results saved by other tools, to plot them without the lazy-array engine:
 * <ul>
 * <li>JSON in the shape {@code {"dims":["y","x"], "coords":{"y":[..],"x":[..]}, "values":[[..],..]}} (a 2-D
 * map) or {@code {"dims":["x"], "coords":{"x":[..]}, "values":[..]}} (a profile), {@code null} for NaN, with
 * optional {@code "name"} and {@code "attrs": {"long_name", "units", "crs"}};</li>
 * <li>band 1 of a north-up GeoTIFF, nodata as NaN, pixel-centre coordinates from its geotransform.</li>
 * </ul>
 *
 * <pre>{@code
 * Plots.saveMap(SavedResults.readMap(Path.of("coarse.json")).withTitle("REMA"), PlotOptions.defaults(),
 *         Path.of("coarse.png"));
 * }</pre>
 */
public final class SavedResults {
    private SavedResults() {
    }

    public static MapData readMap(Path json) {
        JsonNode root = parse(json);
        JsonNode dims = root.path("dims");
        if (dims.size() != 2) {
            throw new BadContentException(json + ": a map needs \"dims\" with 2 names (rows, columns), e.g. "
                    + "[\"y\",\"x\"]; got " + dims);
        }
        double[] rows = numbers(json, root.path("coords").path(dims.get(0).asText()), "coords." + dims.get(0));
        double[] cols = numbers(json, root.path("coords").path(dims.get(1).asText()), "coords." + dims.get(1));
        JsonNode values = root.path("values");
        if (values.size() != rows.length) {
            throw new BadContentException(json + ": \"values\" has " + values.size() + " rows but "
                    + dims.get(0) + " has " + rows.length + " coordinates");
        }
        double[] v = new double[rows.length * cols.length];
        for (int r = 0; r < rows.length; r++) {
            double[] row = numbers(json, values.get(r), "values[" + r + "]");
            if (row.length != cols.length) {
                throw new BadContentException(json + ": values[" + r + "] has " + row.length + " entries, expected "
                        + cols.length);
            }
            System.arraycopy(row, 0, v, r * cols.length, cols.length);
        }
        JsonNode attrs = root.path("attrs");
        return new MapData(cols, rows, v, "", text(attrs, "long_name", root.path("name").asText("")),
                text(attrs, "units", ""), text(attrs, "crs", ""));
    }

    public static ProfileData readProfile(Path json) {
        JsonNode root = parse(json);
        JsonNode dims = root.path("dims");
        if (dims.size() != 1) {
            throw new BadContentException(json + ": a profile needs \"dims\" with 1 name, e.g. [\"x\"]; got " + dims);
        }
        String dim = dims.get(0).asText();
        double[] pos = numbers(json, root.path("coords").path(dim), "coords." + dim);
        double[] v = numbers(json, root.path("values"), "values");
        JsonNode attrs = root.path("attrs");
        return new ProfileData(pos, v, "", dim, text(attrs, "crs", ""),
                text(attrs, "long_name", root.path("name").asText("")), text(attrs, "units", ""));
    }

    /** Band 1 of a north-up GeoTIFF as a map; nodata becomes NaN. */
    public static MapData readGeoTiff(String location) {
        GeoTiff tif = GeoTiff.open(location);
        GeoReference geo = tif.geo();
        if (geo == null || !geo.isNorthUp()) {
            throw new BadContentException(location + ": needs a north-up georeferenced GeoTIFF to draw a map");
        }
        Raster r = tif.read(Window.of(tif.width(), tif.height()));
        double nodata = tif.nodata().orElse(Double.NaN);
        double[] v = new double[r.width() * r.height()];
        for (int i = 0; i < v.length; i++) {
            double s = r.samples().get(i);
            v[i] = s == nodata ? Double.NaN : s;
        }
        double[] x = new double[r.width()];
        for (int c = 0; c < x.length; c++) {
            x[c] = geo.originX() + (c + 0.5) * geo.pixelWidth();
        }
        double[] y = new double[r.height()];
        for (int row = 0; row < y.length; row++) {
            y[row] = geo.originY() + (row + 0.5) * geo.pixelHeight();
        }
        return MapData.of(x, y, v).withCrs(geo.epsg() == null ? "" : "EPSG:" + geo.epsg());
    }

    private static JsonNode parse(Path json) {
        try {
            return new ObjectMapper().readTree(json.toFile());
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            throw new NotFoundException(json + ": no such file", e);
        } catch (IOException e) {
            throw new BadContentException(json + ": not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    private static double[] numbers(Path json, JsonNode array, String where) {
        if (!array.isArray()) {
            throw new BadContentException(json + ": " + where + " must be an array of numbers (null for NaN)");
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode n = array.get(i);
            if (!n.isNull() && !n.isNumber()) {
                throw new BadContentException(json + ": " + where + "[" + i + "] is " + n + ", not a number or null");
            }
            out[i] = n.isNull() ? Double.NaN : n.asDouble();
        }
        return out;
    }

    private static String text(JsonNode attrs, String key, String fallback) {
        JsonNode n = attrs.path(key);
        return n.isTextual() ? n.asText() : fallback;
    }
}
