package nunatak.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * One linear axis along a side of a data rectangle: outward ticks, their labels and the axis label. The
 * frame (spines) is drawn by the figure. Ticks are fitted to the axis length so that labels never overlap.
 */
final class Axis {
    enum Side { BOTTOM, LEFT, RIGHT }

    private final Side side;
    private final double lo;
    private final double hi;
    private final String label;
    private final Style style;
    private Font labelFont;
    private Ticks ticks;

    Axis(Side side, double lo, double hi, String label, Style style) {
        this.side = side;
        this.lo = lo;
        this.hi = hi;
        this.label = label == null ? "" : label;
        this.style = style;
        this.labelFont = style.labelFont();
        fit(side == Side.BOTTOM ? style.px(360) : style.px(270));
    }

    /** Picks the densest matplotlib-like ticks whose labels fit along an axis {@code lengthPx} long. */
    Axis fit(double lengthPx) {
        double em = style.tickFont().getSize2D();
        int perTick = side == Side.BOTTOM ? 3 : 2;
        int max = (int) Math.max(1, Math.min(9, Math.floor(lengthPx / (em * perTick))));
        for (int n = max; n >= 1; n--) {
            ticks = Ticks.locate(lo, hi, n);
            if (fits(ticks, lengthPx)) {
                break;
            }
        }
        return this;
    }

    private boolean fits(Ticks t, double lengthPx) {
        if (t.size() < 2) {
            return true;
        }
        double spacing = (t.values()[1] - t.values()[0]) / (hi - lo) * lengthPx;
        if (side == Side.BOTTOM) {
            double widest = 0;
            for (String s : t.labels()) {
                widest = Math.max(widest, Style.width(s, style.tickFont()));
            }
            return spacing >= widest + style.tickFont().getSize2D() * 0.8;
        }
        return spacing >= Style.lineHeight(style.tickFont()) * 1.4;
    }

    /**
     * Shrinks the label's font, by up to 30%, so the label fits in {@code maxLength} pixels: vertical labels
     * longer than their axis would otherwise run into the title.
     */
    Axis fitLabel(double maxLength) {
        labelFont = Text.fit(label, style.labelFont(), maxLength, 0.7);
        return this;
    }

    Ticks ticks() {
        return ticks;
    }

    /** Room the axis needs outside the data rectangle, in pixels. */
    double thickness() {
        double labelRoom = label.isEmpty() ? 0 : style.labelPad() + Style.lineHeight(labelFont);
        double tickLabels = side == Side.BOTTOM ? Style.lineHeight(style.tickFont()) : widestTickLabel();
        return style.tickLength() + style.tickPad() + tickLabels + labelRoom;
    }

    /** How far the outermost tick labels can stick out past the ends of the axis (for margins). */
    double overhang() {
        return side == Side.BOTTOM ? widestTickLabel() / 2 : Style.lineHeight(style.tickFont()) / 2;
    }

    private double widestTickLabel() {
        double w = 0;
        for (String s : ticks.labels()) {
            w = Math.max(w, Style.width(s, style.tickFont()));
        }
        return w;
    }

    /** Pixel position of a data value along this axis of {@code area}. */
    double toPixel(double v, Rectangle2D area) {
        double f = (v - lo) / (hi - lo);
        return side == Side.BOTTOM ? area.getMinX() + f * area.getWidth() : area.getMaxY() - f * area.getHeight();
    }

    void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Style.INK);
        g.setStroke(style.tickStroke());
        double t = style.tickLength();
        double gap = t + style.tickPad();
        double[] vs = ticks.values();
        for (int i = 0; i < vs.length; i++) {
            double p = side == Side.BOTTOM ? Pixels.snap(toPixel(vs[i], area), area.getMinX(), area.getMaxX())
                    : Pixels.snap(toPixel(vs[i], area), area.getMinY(), area.getMaxY());
            String s = ticks.labels()[i];
            switch (side) {
                case BOTTOM -> {
                    g.draw(new Line2D.Double(p, area.getMaxY(), p, area.getMaxY() + t));
                    Text.draw(g, s, style.tickFont(), p, area.getMaxY() + gap, Text.H.CENTER, Text.V.TOP);
                }
                case LEFT -> {
                    g.draw(new Line2D.Double(area.getMinX() - t, p, area.getMinX(), p));
                    Text.draw(g, s, style.tickFont(), area.getMinX() - gap, p, Text.H.RIGHT, Text.V.CENTER);
                }
                case RIGHT -> {
                    g.draw(new Line2D.Double(area.getMaxX(), p, area.getMaxX() + t, p));
                    Text.draw(g, s, style.tickFont(), area.getMaxX() + gap, p, Text.H.LEFT, Text.V.CENTER);
                }
            }
        }
        double labelOffset = gap + style.labelPad();
        switch (side) {
            case BOTTOM -> Text.draw(g, label, labelFont, area.getCenterX(),
                    area.getMaxY() + labelOffset + Style.lineHeight(style.tickFont()), Text.H.CENTER, Text.V.TOP);
            case LEFT -> Text.drawVertical(g, label, labelFont,
                    area.getMinX() - labelOffset - widestTickLabel() - Style.lineHeight(labelFont),
                    area.getCenterY());
            case RIGHT -> Text.drawVertical(g, label, labelFont,
                    area.getMaxX() + labelOffset + widestTickLabel(), area.getCenterY());
        }
    }
}
