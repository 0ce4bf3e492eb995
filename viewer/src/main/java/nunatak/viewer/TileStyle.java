package nunatak.viewer;

import nunatak.InvalidArgumentException;
import nunatak.plot.Colormap;
import nunatak.plot.Hillshade;

/**
 * How a tile is drawn: the layer's values through a colour map from {@code vmin} to {@code vmax}, NaN transparent,
 * optionally shaded by the relief of the main layer ({@code shaded}).
 *
 * <pre>{@code
 * TileStyle s = new TileStyle("dem", "terrain", 0, 3000, true, 1);
 * s.key();   // "dem|terrain|0.0|3000.0|shaded|1.0": what the tile cache tells styles apart by
 * }</pre>
 *
 * @param layer        the layer drawn ("hillshade" for the relief)
 * @param shaded       whether colours are shaded by the relief
 * @param exaggeration vertical exaggeration of the relief (1 = true slopes)
 */
public record TileStyle(String layer, String colormap, double vmin, double vmax, boolean shaded,
                        double exaggeration) {

    public TileStyle {
        Colormap.named(colormap);
        if (!Double.isFinite(vmin) || !Double.isFinite(vmax) || !(vmin < vmax)) {
            throw new InvalidArgumentException("colour limits vmin=" + vmin + ", vmax=" + vmax
                    + " must be finite numbers with vmin < vmax");
        }
        if (!(exaggeration > 0 && exaggeration <= 1000)) {
            throw new InvalidArgumentException("relief exaggeration " + exaggeration + " must lie in (0, 1000]");
        }
    }

    /** A canonical text of everything that changes the pixels. */
    public String key() {
        return layer + "|" + colormap + "|" + vmin + "|" + vmax + "|" + (shaded ? "shaded" : "flat") + "|"
                + exaggeration;
    }

    /** How shading blends into the colours: matplotlib's overlay. */
    static Hillshade blend() {
        return new Hillshade(ViewSource.AZIMUTH, ViewSource.ALTITUDE, 1, Hillshade.Blend.OVERLAY);
    }

    /**
     * A gdaldem hillshade value (1 + 254 · the cosine of the light's angle to the surface, 1 in shadow) to a shading
     * intensity, one fixed stretch for every tile so tile edges do not show: flat ground 0.5 (colours unchanged),
     * facing the light 1, turned away by 45° or more 0.
     */
    static double intensity(double hillshade) {
        double illumination = (hillshade - 1) / 254;
        double flat = Math.sin(Math.toRadians(ViewSource.ALTITUDE));
        double low = 2 * flat - 1;
        return Math.min(1, Math.max(0, (illumination - low) / (1 - low)));
    }
}
