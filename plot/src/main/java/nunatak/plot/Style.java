package nunatak.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * Sizes in points turned into pixels at a DPI, as matplotlib does with figsize × dpi: at 72 dpi one point is
 * one pixel, at 144 dpi two. The defaults are matplotlib's rcParams, so figures look like the notebook's.
 */
final class Style {
    static final Color INK = Color.BLACK;
    static final Color BACKGROUND = Color.WHITE;
    /** matplotlib's first colour cycle entry (C0). */
    static final Color LINE = new Color(0x1f77b4);

    private static final String FAMILY = pickFamily();

    private final double pxPerPt;
    private final Font tickFont;
    private final Font labelFont;
    private final Font titleFont;

    Style(double dpi) {
        this.pxPerPt = dpi / 72.0;
        Font base = new Font(FAMILY, Font.PLAIN, 10);
        this.tickFont = base.deriveFont((float) px(10));
        this.labelFont = base.deriveFont((float) px(10));
        this.titleFont = base.deriveFont((float) px(12));
    }

    /** Points to pixels. */
    double px(double points) {
        return points * pxPerPt;
    }

    Font tickFont() {
        return tickFont;
    }

    Font labelFont() {
        return labelFont;
    }

    Font titleFont() {
        return titleFont;
    }

    double outerPad() {
        return px(8);
    }

    double tickLength() {
        return px(3.5);
    }

    double tickPad() {
        return px(3.5);
    }

    double labelPad() {
        return px(4);
    }

    double titlePad() {
        return px(6);
    }

    BasicStroke spineStroke() {
        return new BasicStroke((float) px(0.8), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
    }

    BasicStroke tickStroke() {
        return new BasicStroke((float) px(0.8), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    BasicStroke lineStroke() {
        return new BasicStroke((float) px(1.5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Anti-aliased shapes and text with fractional metrics, so text measured for layout is the text drawn. */
    static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    private static final FontRenderContext MEASURE = new FontRenderContext(new AffineTransform(), true, true);

    /** Logical bounds of a string (baseline at y = 0), the same whatever the output format. */
    static Rectangle2D bounds(String text, Font font) {
        return font.getStringBounds(text, MEASURE);
    }

    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : bounds(text, font).getWidth();
    }

    /** Ascent + descent: the height a line of text takes. */
    static double lineHeight(Font font) {
        return font.getLineMetrics("Hg", MEASURE).getAscent() + font.getLineMetrics("Hg", MEASURE).getDescent();
    }

    static double ascent(Font font) {
        return font.getLineMetrics("Hg", MEASURE).getAscent();
    }

    // matplotlib's default font; present on Debian as fonts-dejavu-core, else the JDK's logical sans-serif.
    private static String pickFamily() {
        try {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException e) {
            return Font.SANS_SERIF;
        }
    }
}
