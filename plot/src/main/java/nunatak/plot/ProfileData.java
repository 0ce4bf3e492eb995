package nunatak.plot;

import nunatak.InvalidArgumentException;

/**
 * Values along a line, to draw as a profile: {@code positions} in metres (a map coordinate such as x, or the
 * distance along the line) and {@code values} with NaN where there is no data; the line is broken at NaN
 * runs. Positions are drawn in km. Arrays are not copied.
 *
 * <pre>{@code
 * DataArray profile = dem.sel("y", 750000, DataArray.Method.NEAREST).compute();
 * double[] x = profile.coord("x");
 * float[] elevations = profile.toFloatArray();
 * ProfileData p = ProfileData.of(x, elevations)
 *         .withTitle("REMA profile along y = 750000 m")
 *         .withPosition("x", "EPSG:3031")                    // axis: "EPSG:3031 x [km]"
 *         .withVariable("elevation above sea level", "m a.s.l.");
 * }</pre>
 *
 * @param positionName what the positions are, e.g. {@code x} or {@code distance along the line}
 * @param crs          reference system of the positions, shown in the axis label; empty for distances
 */
public record ProfileData(double[] positions, double[] values, String title, String positionName, String crs,
        String longName, String units) {

    public ProfileData {
        if (positions == null || values == null || positions.length != values.length) {
            throw new InvalidArgumentException("profile needs as many positions as values, got "
                    + (positions == null ? "none" : positions.length) + " and "
                    + (values == null ? "none" : values.length));
        }
        if (positions.length == 0) {
            throw new InvalidArgumentException("profile is empty; give at least one position and value");
        }
        for (int i = 0; i < positions.length; i++) {
            if (!Double.isFinite(positions[i])) {
                throw new InvalidArgumentException("profile position " + i + " is " + positions[i]
                        + "; positions must be finite metres (use NaN only in the values, for gaps)");
            }
        }
        title = title == null ? "" : title;
        positionName = positionName == null || positionName.isBlank() ? "distance" : positionName;
        crs = crs == null ? "" : crs;
        longName = longName == null ? "" : longName;
        units = units == null ? "" : units;
    }

    public static ProfileData of(double[] positions, double[] values) {
        return new ProfileData(positions, values, "", "distance", "", "", "");
    }

    public static ProfileData of(double[] positions, float[] values) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i];
        }
        return of(positions, v);
    }

    public ProfileData withTitle(String newTitle) {
        return new ProfileData(positions, values, newTitle, positionName, crs, longName, units);
    }

    public ProfileData withPosition(String newPositionName, String newCrs) {
        return new ProfileData(positions, values, title, newPositionName, newCrs, longName, units);
    }

    public ProfileData withVariable(String newLongName, String newUnits) {
        return new ProfileData(positions, values, title, positionName, crs, newLongName, newUnits);
    }

    String positionLabel() {
        return Grids.kmLabel(positionName, crs);
    }

    String valueLabel() {
        return Grids.label(longName, units);
    }
}
