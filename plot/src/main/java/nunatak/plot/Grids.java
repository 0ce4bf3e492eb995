package nunatak.plot;

import nunatak.InvalidArgumentException;

/** Checks and labels shared by the map and profile inputs. */
final class Grids {
    private Grids() {
    }

    /** Map coordinates must be finite, strictly monotonic and evenly spaced (pixels of one size). */
    static void checkCoordinates(String name, double[] c) {
        if (c == null || c.length < 2) {
            throw new InvalidArgumentException("map needs at least 2 " + name + " coordinates to know the pixel size, got "
                    + (c == null ? "none" : c.length));
        }
        double step = c[1] - c[0];
        for (int i = 0; i < c.length; i++) {
            if (!Double.isFinite(c[i])) {
                throw new InvalidArgumentException("map " + name + " coordinate " + i + " is " + c[i]
                        + "; coordinates must be finite pixel centres in metres");
            }
            if (i > 0) {
                double d = c[i] - c[i - 1];
                if (!(d * step > 0) || Math.abs(d - step) > 1e-3 * Math.abs(step)) {
                    throw new InvalidArgumentException("map " + name + " coordinates must be evenly spaced and "
                            + "strictly monotonic (one pixel size); step " + (i - 1) + "→" + i + " is " + d
                            + " but the first step is " + step);
                }
            }
        }
    }

    /** {@code name [units]}, or whichever of the two is present. */
    static String label(String name, String units) {
        if (units.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? "[" + units + "]" : name + " [" + units + "]";
    }

    /** Axis label for a coordinate in km, naming the CRS when there is one: {@code EPSG:3031 x [km]}. */
    static String kmLabel(String coordinate, String crs) {
        return (crs.isEmpty() ? "" : crs + " ") + coordinate + " [km]";
    }
}
