package nunatak.plot;

import java.awt.image.BufferedImage;

/**
 * The map's pixels, one image pixel per data value, turned north-up and west-left whatever the order of the
 * coordinates, coloured through the colour map and optionally hillshaded.
 */
record MapRaster(BufferedImage image, double vmin, double vmax, boolean extendLow, boolean extendHigh) {

    static MapRaster of(MapData d, PlotOptions o) {
        int nx = d.width();
        int ny = d.height();
        double[] v = northUp(d);
        double[] limits = o.colorLimits().resolve(v);
        double vmin = limits[0];
        double vmax = limits[1];
        Colormap cmap = Colormap.named(o.colormap());
        double[] light = o.hillshade() == null ? null
                : o.hillshade().intensity(v, nx, ny, Math.abs(d.x()[1] - d.x()[0]), Math.abs(d.y()[1] - d.y()[0]));
        int nan = o.nanColor() == null ? 0 : o.nanColor().getRGB() | 0xFF000000;
        boolean below = false;
        boolean above = false;
        int[] argb = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            double value = v[i];
            if (Double.isNaN(value)) {
                argb[i] = nan;
                continue;
            }
            below |= value < vmin;
            above |= value > vmax;
            int c = cmap.argb((value - vmin) / (vmax - vmin));
            argb[i] = light == null ? c : o.hillshade().shade(c, light[i]);
        }
        BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, nx, ny, argb, 0, nx);
        return new MapRaster(img, vmin, vmax, below, above);
    }

    /** The values reordered so that row 0 is the northernmost and column 0 the westernmost. */
    static double[] northUp(MapData d) {
        int nx = d.width();
        int ny = d.height();
        boolean flipRows = d.y()[1] > d.y()[0];
        boolean flipCols = d.x()[1] < d.x()[0];
        if (!flipRows && !flipCols) {
            return d.values();
        }
        double[] out = new double[d.values().length];
        for (int r = 0; r < ny; r++) {
            int sr = flipRows ? ny - 1 - r : r;
            for (int c = 0; c < nx; c++) {
                out[r * nx + c] = d.values()[sr * nx + (flipCols ? nx - 1 - c : c)];
            }
        }
        return out;
    }
}
