package nunatak.viewer;

import nunatak.InvalidArgumentException;
import nunatak.plot.Colormap;
import nunatak.plot.Hillshade;

/**
 * How a tile is drawn: the layer's values through a colour map from {@code vmin} to {@code vmax}, optionally
 * shaded by the relief, or the relief alone in grey ({@code reliefOnly}, the {@code hillshade} layer). NaN is
 * transparent.
 *
 * <pre>{@code
 * TileStyle s = new TileStyle("dem", false, "terrain", 0, 3000, true, 1);
 * s.key();   // "dem|c|terrain|0.0|3000.0|h1.0": what the tile cache tells styles apart by
 * }</pre>
 *
 * @param layer       the data layer read (for the relief alone: the DEM)
 * @param shaded      whether colours are shaded by the relief
 * @param exaggeration vertical exaggeration of the relief (1 = true slopes)
 */
public record TileStyle(String layer, boolean reliefOnly, String colormap, double vmin, double vmax, boolean shaded,
                        double exaggeration) {
    /** The light of the shading: GDAL's and matplotlib's default, from the north-west at 45°. */
    private static final double AZIMUTH = 315;
    private static final double ALTITUDE = 45;

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
        return layer + "|" + (reliefOnly ? "r" : "c|" + colormap + "|" + vmin + "|" + vmax) + "|"
                + (reliefOnly || shaded ? "h" + exaggeration : "flat");
    }

    Hillshade light() {
        return new Hillshade(AZIMUTH, ALTITUDE, exaggeration, Hillshade.Blend.OVERLAY);
    }

    /**
     * Illumination (cosine of the incidence, flat ground at sin 45°) to shading intensity with one fixed stretch
     * for every tile: flat ground 0.5 (colours unchanged), facing the light 1, turned away by 45° or more 0.
     */
    static double intensity(double illumination) {
        double flat = Math.sin(Math.toRadians(ALTITUDE));
        double low = 2 * flat - 1;
        return Math.min(1, Math.max(0, (illumination - low) / (1 - low)));
    }
}
