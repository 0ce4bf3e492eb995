package nunatak.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Raster drawing that stays pixel-exact: nearest-neighbour scaling and lines snapped to pixel centres. */
final class Pixels {
    /** Largest image embedded in an SVG after pixel replication (16 megapixels). */
    private static final long MAX_VECTOR_PIXELS = 16_000_000L;

    private Pixels() {
    }

    /**
     * Draws {@code img} into the integer rectangle (x, y, w, h) with nearest-neighbour sampling at pixel centres.
     * For rasters we resample ourselves rather than trust the pipeline's scaling, so every output pixel is
     * exactly one data colour; for SVG the image goes in at (a whole multiple of) its own resolution and the
     * viewer is told not to smooth it.
     */
    static void drawImage(Graphics2D g, BufferedImage img, int x, int y, int w, int h, boolean vector) {
        if (w <= 0 || h <= 0) {
            return;
        }
        int sw = img.getWidth();
        int sh = img.getHeight();
        if (vector) {
            // Replicate pixels by whole factors up to the display size: viewers that ignore image-rendering and
            // smooth anyway then blur only a sliver at each data-pixel edge.
            int fx = (int) Math.max(1, Math.ceil((double) w / sw));
            int fy = (int) Math.max(1, Math.ceil((double) h / sh));
            while ((long) fx * sw * fy * sh > MAX_VECTOR_PIXELS && (fx > 1 || fy > 1)) {
                fx = Math.max(1, fx / 2);
                fy = Math.max(1, fy / 2);
            }
            g.drawImage(fx == 1 && fy == 1 ? img : resample(img, sw * fx, sh * fy), x, y, w, h, null);
            return;
        }
        g.drawImage(resample(img, w, h), x, y, null);
    }

    /** Nearest-neighbour resampling that samples each output pixel at its centre. */
    static BufferedImage resample(BufferedImage img, int w, int h) {
        int sw = img.getWidth();
        int sh = img.getHeight();
        int[] src = img.getRGB(0, 0, sw, sh, null, 0, sw);
        int[] cols = new int[w];
        for (int c = 0; c < w; c++) {
            cols[c] = (int) Math.min(sw - 1, (long) ((c + 0.5) * sw / w));
        }
        int[] out = new int[w * h];
        for (int r = 0; r < h; r++) {
            int srow = (int) Math.min(sh - 1, (long) ((r + 0.5) * sh / h)) * sw;
            for (int c = 0; c < w; c++) {
                out[r * w + c] = src[srow + cols[c]];
            }
        }
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        scaled.setRGB(0, 0, w, h, out, 0, w);
        return scaled;
    }

    /**
     * The centre of the pixel containing coordinate p, kept within the pixels [lo, hi), so 1-pixel lines are
     * crisp instead of two grey halves and a tick at the far edge lands on the frame line.
     */
    static double snap(double p, double lo, double hi) {
        double first = Math.floor(lo);
        double last = Math.ceil(hi) - 1;
        return Math.max(first, Math.min(last, Math.floor(p))) + 0.5;
    }

    /** The frame around the pixels of an integer rectangle: lines on its outermost pixel rows and columns. */
    static Rectangle2D frame(Rectangle2D area) {
        return new Rectangle2D.Double(Math.floor(area.getMinX()) + 0.5, Math.floor(area.getMinY()) + 0.5,
                Math.ceil(area.getMaxX()) - Math.floor(area.getMinX()) - 1,
                Math.ceil(area.getMaxY()) - Math.floor(area.getMinY()) - 1);
    }
}
