package nunatak.plot;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import nunatak.InvalidArgumentException;

/**
 * A profile figure: values against position (km) as a line broken at NaN gaps, with matplotlib's 5% margins
 * around the data, framed axes and a title. A valid value with NaN on both sides would draw no line, so it is
 * shown as a dot the width of the line.
 */
final class ProfileFigure implements Figure {
    private static final double MARGIN = 0.05;

    private final ProfileData data;

    ProfileFigure(ProfileData data) {
        this.data = data;
    }

    @Override
    public FigureSize defaultSize() {
        return PlotOptions.PROFILE_SIZE;
    }

    /** {xmin, xmax, ymin, ymax} of the axes: the data range in km / value units plus margins. */
    double[] limits() {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.positions().length; i++) {
            double p = data.positions()[i] / 1000;
            x0 = Math.min(x0, p);
            x1 = Math.max(x1, p);
            double v = data.values()[i];
            if (Double.isFinite(v)) {
                y0 = Math.min(y0, v);
                y1 = Math.max(y1, v);
            }
        }
        if (y0 > y1) {
            y0 = 0;
            y1 = 1;
        }
        double[] xs = widen(x0, x1);
        double[] ys = widen(y0, y1);
        return new double[] {xs[0], xs[1], ys[0], ys[1]};
    }

    private static double[] widen(double lo, double hi) {
        if (hi == lo) {
            double d = lo == 0 ? 1 : Math.abs(lo) * 0.05;
            return new double[] {lo - d, hi + d};
        }
        double m = (hi - lo) * MARGIN;
        return new double[] {lo - m, hi + m};
    }

    /** Where the axes go, in pixels. */
    record Layout(Rectangle2D dataArea, Axis xAxis, Axis yAxis) {

        /** Pixel position of a position in metres and a value. */
        double[] toPixel(double positionMetres, double value) {
            return new double[] {xAxis.toPixel(positionMetres / 1000, dataArea), yAxis.toPixel(value, dataArea)};
        }
    }

    Layout layout(int width, int height, Style style) {
        double[] lim = limits();
        Axis xAxis = new Axis(Axis.Side.BOTTOM, lim[0], lim[1], data.positionLabel(), style);
        Axis yAxis = new Axis(Axis.Side.LEFT, lim[2], lim[3], data.valueLabel(), style);
        double pad = style.outerPad();
        xAxis.fitLabel(width - 2 * pad);
        double titleRoom = data.title().isEmpty() ? 0 : Style.lineHeight(style.titleFont()) + style.titlePad();
        Rectangle2D area = null;
        for (int round = 0; round < 2; round++) {
            double left = pad + yAxis.thickness();
            double right = pad + xAxis.overhang();
            double top = pad + Math.max(titleRoom, yAxis.overhang());
            double bottom = pad + xAxis.thickness();
            double w = Math.round(width - left - right);
            double h = Math.round(height - top - bottom);
            if (w < style.px(24) || h < style.px(24)) {
                throw new InvalidArgumentException("figure of " + width + " × " + height
                        + " pixels leaves no room for the profile beside its labels; make it larger or lower the dpi");
            }
            area = new Rectangle2D.Double(Math.round(left), Math.round(top), w, h);
            xAxis.fit(w);
            yAxis.fit(h).fitLabel(h);
        }
        return new Layout(area, xAxis, yAxis);
    }

    @Override
    public void paint(Graphics2D g, int width, int height, Style style, boolean vector) {
        Layout l = layout(width, height, style);
        Rectangle2D a = l.dataArea();
        Axis xAxis = l.xAxis();
        Axis yAxis = l.yAxis();
        g.setColor(Style.BACKGROUND);
        g.fillRect(0, 0, width, height);
        Shape clip = g.getClip();
        g.clip(a);
        g.setColor(Style.LINE);
        g.setStroke(style.lineStroke());
        g.draw(line(xAxis, yAxis, a));
        double dot = style.lineStroke().getLineWidth();
        for (int i : isolatedPoints()) {
            double px = xAxis.toPixel(data.positions()[i] / 1000, a);
            double py = yAxis.toPixel(data.values()[i], a);
            g.fill(new Ellipse2D.Double(px - dot / 2, py - dot / 2, dot, dot));
        }
        g.setClip(clip);
        g.setColor(Style.INK);
        g.setStroke(style.spineStroke());
        g.draw(Pixels.frame(a));
        xAxis.draw(g, a);
        yAxis.draw(g, a);
        Titles.draw(g, data.title(), a, width, style);
    }

    /** One path with a new sub-path after every NaN run, so nothing is drawn across gaps. */
    private Path2D line(Axis xAxis, Axis yAxis, Rectangle2D a) {
        Path2D path = new Path2D.Double(Path2D.WIND_NON_ZERO, data.values().length);
        boolean pen = false;
        for (int i = 0; i < data.values().length; i++) {
            double v = data.values()[i];
            if (!Double.isFinite(v)) {
                pen = false;
                continue;
            }
            double px = xAxis.toPixel(data.positions()[i] / 1000, a);
            double py = yAxis.toPixel(v, a);
            if (pen) {
                path.lineTo(px, py);
            } else {
                path.moveTo(px, py);
                pen = true;
            }
        }
        return path;
    }

    private int[] isolatedPoints() {
        double[] v = data.values();
        return java.util.stream.IntStream.range(0, v.length)
                .filter(i -> Double.isFinite(v[i]) && (i == 0 || !Double.isFinite(v[i - 1]))
                        && (i == v.length - 1 || !Double.isFinite(v[i + 1])))
                .toArray();
    }
}
