package nunatak.plot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.array.ArrayJson;
import nunatak.array.DataArray;
import nunatak.array.Grid;
import nunatak.array.Labels;
import nunatak.mosaic.MosaicSpec;

/**
 * Turns labeled arrays into figure inputs, and reads saved results back for plotting: JSON written by
 * nunatak ({@link ArrayJson}) or a GeoTIFF (band 1, its nodata drawn as no data).
 *
 * <pre>{@code
 * DataArray map = dem.coarsen(Map.of("y", 100, "x", 100), Boundary.TRIM).mean().compute();
 * Plots.saveMap(ArrayFigures.map(map), PlotOptions.defaults(), Path.of("map.png"));
 * ArrayFigures.save(ArrayFigures.read("profile.json"), PlotOptions.defaults(), Path.of("profile.png"));
 * }</pre>
 */
public final class ArrayFigures {
    private ArrayFigures() {
    }

    /**
     * A 2-D array as a map: its first dimension runs along the rows. The colour bar label comes from the
     * attributes {@code long_name} and {@code units}, the axes' CRS from {@code crs}, the title from the name.
     */
    public static MapData map(DataArray a) {
        List<String> dims = a.dims();
        if (dims.size() != 2) {
            throw new InvalidArgumentException("a map needs a 2-D array, this one has dimensions " + dims);
        }
        DataArray c = a.compute();
        return new MapData(c.coord(dims.get(1)), c.coord(dims.get(0)), values(c.values()), title(c),
                text(c.attrs(), "long_name", c.name()), text(c.attrs(), "units", ""), text(c.attrs(), "crs", ""));
    }

    /**
     * A 1-D array as a profile along its dimension; the title names the selected line (e.g. "y = 750200 m"). Along
     * a map coordinate (x, y) the axis names the CRS; along a line's distance it is just "distance [km]".
     */
    public static ProfileData profile(DataArray a) {
        List<String> dims = a.dims();
        if (dims.size() != 1) {
            throw new InvalidArgumentException("a profile needs a 1-D array, this one has dimensions " + dims);
        }
        DataArray c = a.compute();
        String dim = dims.get(0);
        String crs = dim.equals("x") || dim.equals("y") ? text(c.attrs(), "crs", "") : "";
        return new ProfileData(c.coord(dim), values(c.values()), title(c), dim, crs,
                text(c.attrs(), "long_name", c.name()), text(c.attrs(), "units", ""));
    }

    /** Draws a map for a 2-D array, a profile for a 1-D one. */
    public static Path save(DataArray a, PlotOptions options, Path out) {
        return a.dims().size() == 1 ? Plots.saveProfile(profile(a), options, out) : Plots.saveMap(map(a), options, out);
    }

    /** A saved result: {@code .json} as nunatak writes it, otherwise a GeoTIFF path or URI (nodata masked). */
    public static DataArray read(String location) {
        if (location.toLowerCase(Locale.ROOT).endsWith(".json")) {
            Path p = Path.of(location);
            if (!Files.exists(p)) {
                throw new nunatak.NotFoundException(location + ": no such file");
            }
            return ArrayJson.read(p);
        }
        return DataArray.open(MosaicSpec.of(location)).maskNodataIfAny().compute();
    }

    private static String title(DataArray a) {
        StringBuilder sb = new StringBuilder(a.name() == null ? "" : a.name());
        for (Map.Entry<String, Double> e : a.scalarCoords().entrySet()) {
            sb.append(sb.length() > 0 ? ", " : "").append(e.getKey()).append(" = ").append(Labels.plain(e.getValue()))
                    .append(" m");
        }
        return sb.toString();
    }

    private static String text(Map<String, Object> attrs, String key, String fallback) {
        Object v = attrs.get(key);
        return v instanceof String s ? s : fallback == null ? "" : fallback;
    }

    private static double[] values(Grid g) {
        double[] v = new double[g.rows() * g.cols()];
        for (int i = 0; i < v.length; i++) {
            v[i] = g.values().get(i);
        }
        return v;
    }
}
