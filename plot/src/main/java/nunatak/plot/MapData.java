package nunatak.plot;

import nunatak.InvalidArgumentException;

/**
 * A gridded variable to draw as a map: pixel-centre coordinates in metres ({@code x} west to east or east to
 * west, {@code y} usually north to south as in GeoTIFFs and xarray's REMA mosaics), and values row-major
 * ({@code values[row * x.length + col]}, rows follow {@code y}) with NaN for no data. Coordinates must be
 * evenly spaced; orientation is handled when drawing (north is always up). Arrays are not copied: do not
 * change them while a figure is being drawn.
 *
 * <pre>{@code
 * DataArray coarse = dem.coarsen(Map.of("y", 10, "x", 10)).mean().compute();
 * float[] elevations = coarse.toFloatArray();
 * MapData map = MapData.of(coarse.coord("x"), coarse.coord("y"), elevations)   // float[] or double[]
 *         .withTitle("REMA 400 m, 10 × 10 mean")
 *         .withVariable("elevation above sea level", "m a.s.l.")
 *         .withCrs("EPSG:3031");
 * }</pre>
 *
 * @param title    figure title, may be empty
 * @param longName what the values are (xarray's {@code long_name}); the colour bar label, with the units
 * @param units    the values' units, e.g. {@code m a.s.l.}; may be empty
 * @param crs      the coordinates' reference system as shown in the axis labels, e.g. {@code EPSG:3031}
 */
public record MapData(double[] x, double[] y, double[] values, String title, String longName, String units,
        String crs) {

    public MapData {
        Grids.checkCoordinates("x", x);
        Grids.checkCoordinates("y", y);
        if (values == null || (long) x.length * y.length != values.length) {
            throw new InvalidArgumentException("map values must have y.length × x.length = " + y.length + " × "
                    + x.length + " = " + (long) x.length * y.length + " entries (row-major, rows along y), got "
                    + (values == null ? "none" : values.length));
        }
        title = title == null ? "" : title;
        longName = longName == null ? "" : longName;
        units = units == null ? "" : units;
        crs = crs == null ? "" : crs;
    }

    /** A map with no labels yet; add them with the {@code with...} methods. */
    public static MapData of(double[] x, double[] y, double[] values) {
        return new MapData(x, y, values, "", "", "", "");
    }

    /** As {@link #of(double[], double[], double[])}, for float32 data such as REMA's (converted once). */
    public static MapData of(double[] x, double[] y, float[] values) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i];
        }
        return of(x, y, v);
    }

    public MapData withTitle(String newTitle) {
        return new MapData(x, y, values, newTitle, longName, units, crs);
    }

    public MapData withVariable(String newLongName, String newUnits) {
        return new MapData(x, y, values, title, newLongName, newUnits, crs);
    }

    public MapData withCrs(String newCrs) {
        return new MapData(x, y, values, title, longName, units, newCrs);
    }

    public int width() {
        return x.length;
    }

    public int height() {
        return y.length;
    }

    /** Value at a row (along y) and column (along x). */
    public double value(int row, int col) {
        return values[row * x.length + col];
    }

    /** Colour bar label in xarray's style: {@code long_name [units]}. */
    String colorBarLabel() {
        return Grids.label(longName, units);
    }
}
