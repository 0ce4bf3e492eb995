package nunatak.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import nunatak.InvalidArgumentException;

/**
 * A map figure: the values as a north-up image in map coordinates (km) with equal aspect, axes on the left
 * and bottom, a colour bar of the same height on the right, and the title above — matplotlib's
 * {@code imshow} + {@code colorbar} layout, but with margins fitted to the labels instead of fixed fractions.
 */
final class MapFigure implements Figure {
    private final MapData data;
    private final PlotOptions options;
    private final MapRaster raster;

    MapFigure(MapData data, PlotOptions options) {
        this.data = data;
        this.options = options;
        this.raster = MapRaster.of(data, options);
    }

    /** Where everything goes, in pixels; the data area has integer bounds so image pixels stay sharp. */
    record Layout(Rectangle2D dataArea, Rectangle2D colorBarArea, Axis xAxis, Axis yAxis, ColorBar colorBar,
            double[] extentKm) {

        /** Pixel position of map coordinates in metres (for tests and overlays). */
        double[] toPixel(double xMetres, double yMetres) {
            double fx = (xMetres / 1000 - extentKm[0]) / (extentKm[1] - extentKm[0]);
            double fy = (yMetres / 1000 - extentKm[2]) / (extentKm[3] - extentKm[2]);
            return new double[] {dataArea.getMinX() + fx * dataArea.getWidth(),
                    dataArea.getMaxY() - fy * dataArea.getHeight()};
        }
    }

    @Override
    public FigureSize defaultSize() {
        return PlotOptions.MAP_SIZE;
    }

    /** {xmin, xmax, ymin, ymax} of the pixel edges, in km. */
    double[] extentKm() {
        double[] x = data.x();
        double[] y = data.y();
        double hx = Math.abs(x[1] - x[0]) / 2;
        double hy = Math.abs(y[1] - y[0]) / 2;
        double x0 = Math.min(x[0], x[x.length - 1]) - hx;
        double x1 = Math.max(x[0], x[x.length - 1]) + hx;
        double y0 = Math.min(y[0], y[y.length - 1]) - hy;
        double y1 = Math.max(y[0], y[y.length - 1]) + hy;
        return new double[] {x0 / 1000, x1 / 1000, y0 / 1000, y1 / 1000};
    }

    Layout layout(int width, int height, Style style) {
        double[] e = extentKm();
        Axis xAxis = new Axis(Axis.Side.BOTTOM, e[0], e[1], Grids.kmLabel("x", data.crs()), style);
        Axis yAxis = new Axis(Axis.Side.LEFT, e[2], e[3], Grids.kmLabel("y", data.crs()), style);
        ColorBar bar = new ColorBar(Colormap.named(options.colormap()), raster.vmin(), raster.vmax(),
                raster.extendLow(), raster.extendHigh(), data.colorBarLabel(), style);
        double pad = style.outerPad();
        xAxis.fitLabel(width - 2 * pad);
        double titleRoom = data.title().isEmpty() ? 0 : Style.lineHeight(style.titleFont()) + style.titlePad();
        double gap = style.px(14);
        Rectangle2D area = null;
        Rectangle2D barArea = null;
        double dataHeight = height * 0.7;
        // Tick choice changes label widths, which change the margins: two rounds settle it.
        for (int round = 0; round < 2; round++) {
            double barWidth = Math.max(style.px(8), Math.min(style.px(16), dataHeight / 20));
            double left = pad + yAxis.thickness();
            double right = gap + barWidth + bar.axis().thickness() + pad;
            double top = pad + Math.max(titleRoom, yAxis.overhang());
            double bottom = xAxis.thickness() + pad;
            double availW = width - left - right;
            double availH = height - top - bottom;
            if (availW < style.px(24) || availH < style.px(24)) {
                throw new InvalidArgumentException("figure of " + width + " × " + height + " pixels at "
                        + options.dpi() + " dpi leaves no room for the map beside its labels and colour bar; "
                        + "make the figure larger or lower the dpi");
            }
            double scale = Math.min(availW / (e[1] - e[0]), availH / (e[3] - e[2]));
            double w = Math.max(1, Math.round(scale * (e[1] - e[0])));
            double h = Math.max(1, Math.round(scale * (e[3] - e[2])));
            double x = Math.round(left + (availW - w) / 2);
            double y = Math.round(top + (availH - h) / 2);
            area = new Rectangle2D.Double(x, y, w, h);
            barArea = new Rectangle2D.Double(Math.round(x + w + gap), y, Math.round(barWidth), h);
            dataHeight = h;
            xAxis.fit(w);
            yAxis.fit(h).fitLabel(h);
            bar.fit(barArea);
            bar.axis().fitLabel(h);
        }
        return new Layout(area, barArea, xAxis, yAxis, bar, e);
    }

    @Override
    public void paint(Graphics2D g, int width, int height, Style style, boolean vector) {
        Layout l = layout(width, height, style);
        g.setColor(Style.BACKGROUND);
        g.fillRect(0, 0, width, height);
        Rectangle2D a = l.dataArea();
        Pixels.drawImage(g, raster.image(), (int) a.getMinX(), (int) a.getMinY(), (int) a.getWidth(),
                (int) a.getHeight(), vector);
        g.setColor(Style.INK);
        g.setStroke(style.spineStroke());
        g.draw(Pixels.frame(a));
        l.xAxis().draw(g, a);
        l.yAxis().draw(g, a);
        l.colorBar().draw(g, l.colorBarArea(), style, vector);
        Titles.draw(g, data.title(), a, width, style);
    }
}
