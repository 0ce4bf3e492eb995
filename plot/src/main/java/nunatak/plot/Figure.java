package nunatak.plot;

import java.awt.Graphics2D;

/** Something that paints itself onto a canvas of a given pixel size; PNG and SVG output share it. */
interface Figure {
    /** Size used when the options give none. */
    FigureSize defaultSize();

    /**
     * Paints the whole figure. {@code vector} is true for SVG: images are then embedded at their own resolution
     * (the viewer scales them without smoothing) instead of being resampled to screen pixels.
     */
    void paint(Graphics2D g, int widthPx, int heightPx, Style style, boolean vector);
}
