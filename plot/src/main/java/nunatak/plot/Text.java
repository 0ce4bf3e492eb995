package nunatak.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;

/** Strings placed by an anchor point, horizontal or rotated to read bottom-to-top like matplotlib's y labels. */
final class Text {
    enum H { LEFT, CENTER, RIGHT }

    enum V { TOP, CENTER, BASELINE }

    private Text() {
    }

    /** Draws {@code text} so that its (h, v) anchor lands on (x, y). */
    static void draw(Graphics2D g, String text, Font font, double x, double y, H h, V v) {
        if (text == null || text.isEmpty()) {
            return;
        }
        double w = Style.width(text, font);
        double left = switch (h) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        double baseline = switch (v) {
            case TOP -> y + Style.ascent(font);
            // Centre on the digits' height, not the font's, so numbers sit level with their tick.
            case CENTER -> y + digitHeight(font) / 2;
            case BASELINE -> y;
        };
        g.setFont(font);
        g.drawString(text, (float) left, (float) baseline);
    }

    /** Draws text rotated 90° counter-clockwise, centred vertically on y, its top (left side) at x. */
    static void drawVertical(Graphics2D g, String text, Font font, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        draw(g, text, font, 0, 0, H.CENTER, V.TOP);
        g.setTransform(saved);
    }

    /**
     * The font, shrunk (to no less than {@code minScale} of its size) so that {@code text} fits in
     * {@code maxLength} pixels: a long title or label on a small figure stays inside it instead of running off
     * the edge or into its neighbours.
     */
    static Font fit(String text, Font font, double maxLength, double minScale) {
        double w = Style.width(text, font);
        if (w <= maxLength || w == 0) {
            return font;
        }
        float size = (float) Math.max(font.getSize2D() * minScale, font.getSize2D() * maxLength / w);
        return font.deriveFont(size);
    }

    static double digitHeight(Font font) {
        TextLayout layout = new TextLayout("0", font, new java.awt.font.FontRenderContext(null, true, true));
        return layout.getBounds().getHeight();
    }
}
