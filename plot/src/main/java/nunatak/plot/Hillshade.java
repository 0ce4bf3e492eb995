package nunatak.plot;

import nunatak.InvalidArgumentException;

/**
 * Relief shading blended into the map colours, computed like matplotlib's {@code LightSource(azdeg, altdeg)
 * .shade(..., blend_mode=...)}: slopes from the values and the coordinate spacing (metres), lit from the
 * azimuth (degrees clockwise from north; 315 = north-west) and altitude (degrees above the horizon), then
 * contrast-stretched to [0, 1]. Unlike numpy, a NaN neighbour does not spread: the slope falls back to a
 * one-sided difference, so coastlines and voids keep their shading.
 *
 * <pre>{@code
 * PlotOptions.defaults().withHillshade(Hillshade.standard());                 // 315°, 45°, overlay
 * PlotOptions.defaults().withHillshade(new Hillshade(315, 45, 10, Hillshade.Blend.SOFT));
 * }</pre>
 */
public record Hillshade(double azimuth, double altitude, double verticalExaggeration, Blend blend) {

    /** matplotlib's blend modes: overlay (its default, strong relief) and soft (gentler). */
    public enum Blend { OVERLAY, SOFT }

    public Hillshade {
        if (!Double.isFinite(azimuth) || !(altitude >= 0 && altitude <= 90)) {
            throw new InvalidArgumentException("hillshade light at azimuth " + azimuth + "°, altitude " + altitude
                    + "°: give a finite azimuth and an altitude between 0 and 90 degrees (default 315, 45)");
        }
        if (!(verticalExaggeration > 0) || Double.isInfinite(verticalExaggeration)) {
            throw new InvalidArgumentException("hillshade vertical exaggeration " + verticalExaggeration
                    + " must be a positive number (1 = true relief)");
        }
        if (blend == null) {
            throw new InvalidArgumentException("hillshade blend mode is missing; use OVERLAY or SOFT");
        }
    }

    /** The GDAL/matplotlib default light: azimuth 315°, altitude 45°, no exaggeration, overlay blend. */
    public static Hillshade standard() {
        return new Hillshade(315, 45, 1, Blend.OVERLAY);
    }

    /**
     * Illumination in [0, 1] of a north-up grid ({@code values[row * nx + col]}, row 0 northernmost, columns
     * eastwards) with pixel sizes {@code dx}, {@code dy} in metres; NaN where the value is NaN. Stretched to the
     * grid's own darkest and brightest pixel, as matplotlib does.
     */
    double[] intensity(double[] values, int nx, int ny, double dx, double dy) {
        double[] out = illumination(values, nx, ny, dx, dy);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : out) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max - min > 1e-6) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.min(1, Math.max(0, (out[i] - min) / (max - min)));
            }
        }
        return out;
    }

    /**
     * The cosine of the light's angle to each pixel's surface normal, in [-1, 1] and not stretched (flat ground
     * gets sin(altitude)); NaN where the value is NaN. Map tiles shade with this, since a stretch per tile would
     * make each tile's brightness depend on its own relief and show the tile edges.
     */
    public double[] illumination(double[] values, int nx, int ny, double dx, double dy) {
        double az = Math.toRadians(90 - azimuth);
        double alt = Math.toRadians(altitude);
        double lx = Math.cos(az) * Math.cos(alt);
        double ly = Math.sin(az) * Math.cos(alt);
        double lz = Math.sin(alt);
        double[] out = new double[values.length];
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                int i = r * nx + c;
                if (Double.isNaN(values[i])) {
                    out[i] = Double.NaN;
                    continue;
                }
                double ex = verticalExaggeration * slope(values, i, c > 0 ? i - 1 : -1, c < nx - 1 ? i + 1 : -1, dx);
                // Rows run southwards, so the northward slope is the negated row-wise one.
                double ey = -verticalExaggeration
                        * slope(values, i, r > 0 ? i - nx : -1, r < ny - 1 ? i + nx : -1, dy);
                double norm = Math.sqrt(ex * ex + ey * ey + 1);
                out[i] = (-ex * lx - ey * ly + lz) / norm;
            }
        }
        return out;
    }

    /** numpy.gradient's differences (central inside, one-sided at edges), skipping NaN neighbours. */
    private static double slope(double[] v, int i, int before, int after, double spacing) {
        boolean hasBefore = before >= 0 && !Double.isNaN(v[before]);
        boolean hasAfter = after >= 0 && !Double.isNaN(v[after]);
        if (hasBefore && hasAfter) {
            return (v[after] - v[before]) / (2 * spacing);
        }
        if (hasAfter) {
            return (v[after] - v[i]) / spacing;
        }
        if (hasBefore) {
            return (v[i] - v[before]) / spacing;
        }
        return 0;
    }

    /** Shades an opaque colour by an intensity in [0, 1] with this blend mode (0.5 leaves it nearly unchanged). */
    public int shade(int argb, double intensity) {
        if (Double.isNaN(intensity)) {
            return argb;
        }
        int r = channel((argb >> 16) & 0xFF, intensity);
        int g = channel((argb >> 8) & 0xFF, intensity);
        int b = channel(argb & 0xFF, intensity);
        return (argb & 0xFF000000) | (r << 16) | (g << 8) | b;
    }

    private int channel(int value, double intensity) {
        double c = value / 255.0;
        double out = switch (blend) {
            case OVERLAY -> c <= 0.5 ? 2 * intensity * c : 1 - 2 * (1 - intensity) * (1 - c);
            case SOFT -> 2 * intensity * c + (1 - 2 * intensity) * c * c;
        };
        return (int) Math.round(Math.min(1, Math.max(0, out)) * 255);
    }
}
