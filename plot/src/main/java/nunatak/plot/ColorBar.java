package nunatak.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A vertical colour bar like matplotlib's: the 256 colours from vmin (bottom) to vmax (top), an axis on the
 * right, and a triangle at each end whose values were clipped ({@code extend}), all within the given height.
 */
final class ColorBar {
    /** matplotlib's {@code extendfrac}: each triangle is 5% of the colour strip's length. */
    private static final double EXTEND_FRACTION = 0.05;

    private final Colormap cmap;
    private final boolean extendLow;
    private final boolean extendHigh;
    private final Axis axis;

    ColorBar(Colormap cmap, double vmin, double vmax, boolean extendLow, boolean extendHigh, String label,
            Style style) {
        this.cmap = cmap;
        this.extendLow = extendLow;
        this.extendHigh = extendHigh;
        this.axis = new Axis(Axis.Side.RIGHT, vmin, vmax, label, style);
    }

    Axis axis() {
        return axis;
    }

    /** The colour strip inside {@code outer}, leaving room for the triangles. */
    Rectangle2D strip(Rectangle2D outer) {
        int ends = (extendLow ? 1 : 0) + (extendHigh ? 1 : 0);
        double len = Math.round(outer.getHeight() / (1 + EXTEND_FRACTION * ends));
        double tri = ends == 0 ? 0 : Math.floor((outer.getHeight() - len) / ends);
        double top = outer.getMinY() + (extendHigh ? tri : 0);
        return new Rectangle2D.Double(outer.getMinX(), top, outer.getWidth(), len);
    }

    void fit(Rectangle2D outer) {
        axis.fit(strip(outer).getHeight());
    }

    void draw(Graphics2D g, Rectangle2D outer, Style style, boolean vector) {
        Rectangle2D s = strip(outer);
        BufferedImage gradient = new BufferedImage(1, Colormap.SIZE, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < Colormap.SIZE; i++) {
            gradient.setRGB(0, Colormap.SIZE - 1 - i, cmap.entry(i));
        }
        Pixels.drawImage(g, gradient, (int) s.getMinX(), (int) s.getMinY(), (int) s.getWidth(), (int) s.getHeight(),
                vector);
        double left = s.getMinX();
        double right = s.getMaxX();
        Path2D outline = new Path2D.Double();
        outline.moveTo(left, s.getMinY());
        if (extendHigh) {
            Path2D tri = triangle(left, right, s.getMinY(), outer.getMinY());
            g.setColor(new Color(cmap.entry(Colormap.SIZE - 1)));
            g.fill(tri);
            outline.lineTo((left + right) / 2, outer.getMinY());
        }
        outline.lineTo(right, s.getMinY());
        outline.lineTo(right, s.getMaxY());
        if (extendLow) {
            Path2D tri = triangle(left, right, s.getMaxY(), outer.getMaxY());
            g.setColor(new Color(cmap.entry(0)));
            g.fill(tri);
            outline.lineTo((left + right) / 2, outer.getMaxY());
        }
        outline.lineTo(left, s.getMaxY());
        outline.closePath();
        g.setColor(Style.INK);
        g.setStroke(style.spineStroke());
        g.draw(extendLow || extendHigh ? outline : Pixels.frame(s));
        axis.draw(g, s);
    }

    private static Path2D triangle(double left, double right, double base, double tip) {
        Path2D p = new Path2D.Double();
        p.moveTo(left, base);
        p.lineTo(right, base);
        p.lineTo((left + right) / 2, tip);
        p.closePath();
        return p;
    }
}
