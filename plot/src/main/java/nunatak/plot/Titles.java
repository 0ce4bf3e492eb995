package nunatak.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** The figure title: centred over the axes like matplotlib's, but shifted or shrunk to stay inside the figure. */
final class Titles {
    private Titles() {
    }

    static void draw(Graphics2D g, String title, Rectangle2D axes, int figureWidth, Style style) {
        if (title.isEmpty()) {
            return;
        }
        double pad = style.outerPad();
        Font font = Text.fit(title, style.titleFont(), figureWidth - 2 * pad, 0.5);
        double w = Style.width(title, font);
        double centre = Math.max(pad + w / 2, Math.min(figureWidth - pad - w / 2, axes.getCenterX()));
        double descent = Style.lineHeight(font) - Style.ascent(font);
        g.setColor(Style.INK);
        Text.draw(g, title, font, centre, axes.getMinY() - style.titlePad() - descent, Text.H.CENTER,
                Text.V.BASELINE);
    }
}
