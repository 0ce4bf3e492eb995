package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Map figures of the rema-mini mosaic (10 × 10 block means), checked pixel by pixel. */
class MapFigureTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final MapData MAP = RemaMini.coarseMap(10);
    private static final PlotOptions DEFAULTS = PlotOptions.defaults();

    private static MapFigure.Layout layout(PlotOptions o) {
        FigureSize size = o.sizeOr(PlotOptions.MAP_SIZE);
        return new MapFigure(MAP, o).layout(size.widthPx(o.dpi()), size.heightPx(o.dpi()), new Style(o.dpi()));
    }

    /** The data area without the frame lines (drawn on its outermost pixels, anti-aliased edges 1 px in). */
    private static Rectangle inner(Rectangle2D area) {
        Rectangle r = area.getBounds();
        return new Rectangle(r.x + 2, r.y + 2, r.width - 4, r.height - 4);
    }

    @Test
    void mapHasTheRequestedSizeAndManyColours() {
        BufferedImage img = Plots.renderMap(MAP, DEFAULTS);
        assertEquals(750, img.getWidth());
        assertEquals(600, img.getHeight());
        Rectangle a = inner(layout(DEFAULTS).dataArea());
        Set<Integer> colours = new HashSet<>();
        int white = 0;
        for (int y = a.y; y < a.y + a.height; y++) {
            for (int x = a.x; x < a.x + a.width; x++) {
                colours.add(img.getRGB(x, y));
                white += img.getRGB(x, y) == WHITE ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 150, "only " + colours.size() + " colours in the map");
        assertTrue(white < a.width * a.height / 2, "mostly blank: " + white + " white pixels");
    }

    @Test
    void imageIsNearestNeighbourAndNorthUp() {
        BufferedImage img = Plots.renderMap(MAP, DEFAULTS);
        MapFigure.Layout l = layout(DEFAULTS);
        Colormap terrain = Colormap.named("terrain");
        Set<Integer> palette = new HashSet<>(Set.of(WHITE));
        for (int i = 0; i < Colormap.SIZE; i++) {
            palette.add(terrain.entry(i));
        }
        Rectangle a = inner(l.dataArea());
        for (int y = a.y; y < a.y + a.height; y++) {
            for (int x = a.x; x < a.x + a.width; x++) {
                assertTrue(palette.contains(img.getRGB(x, y)), "blended colour at " + x + "," + y);
            }
        }
        double[] range = ColorLimits.auto().resolve(MAP.values());
        for (int[] cell : new int[][] {{0, 99}, {5, 80}, {50, 50}, {99, 0}, {99, 99}, {30, 10}}) {
            int row = cell[0];
            int col = cell[1];
            double v = MAP.value(row, col);
            int expected = Double.isNaN(v) ? WHITE : terrain.argb((v - range[0]) / (range[1] - range[0]));
            double[] p = l.toPixel(MAP.x()[col], MAP.y()[row]);
            assertEquals(Integer.toHexString(expected), Integer.toHexString(img.getRGB((int) p[0], (int) p[1])),
                    "cell row " + row + ", col " + col);
        }
    }

    @Test
    void missingTileIsTransparentByDefaultOrTheNanColour() {
        BufferedImage plain = Plots.renderMap(MAP, DEFAULTS);
        BufferedImage grey = Plots.renderMap(MAP, DEFAULTS.withNanColor(PlotOptions.NAN_GREY));
        MapFigure.Layout l = layout(DEFAULTS);
        for (double dx = -40_000; dx <= 40_000; dx += 20_000) {
            for (double dy = -40_000; dy <= 40_000; dy += 20_000) {
                double[] p = l.toPixel(RemaMini.MISSING_X + dx, RemaMini.MISSING_Y + dy);
                assertEquals(WHITE, plain.getRGB((int) p[0], (int) p[1]));
                assertEquals(PlotOptions.NAN_GREY.getRGB(), grey.getRGB((int) p[0], (int) p[1]));
            }
        }
    }

    @Test
    void colourBarIsAMonotonicGradientAsTallAsTheMap() {
        BufferedImage img = Plots.renderMap(MAP, DEFAULTS);
        MapFigure.Layout l = layout(DEFAULTS);
        assertEquals(l.dataArea().getMinY(), l.colorBarArea().getMinY());
        assertEquals(l.dataArea().getHeight(), l.colorBarArea().getHeight());
        assertTrue(l.colorBarArea().getMinX() > l.dataArea().getMaxX());
        Map<Integer, Integer> index = new HashMap<>();
        Colormap terrain = Colormap.named("terrain");
        for (int i = 0; i < Colormap.SIZE; i++) {
            index.putIfAbsent(terrain.entry(i), i);
        }
        Rectangle strip = inner(l.colorBar().strip(l.colorBarArea()));
        int x = (int) strip.getCenterX();
        int previous = Colormap.SIZE;
        Set<Integer> seen = new HashSet<>();
        for (int y = strip.y; y < strip.y + strip.height; y++) {
            Integer i = index.get(img.getRGB(x, y));
            assertTrue(i != null, "colour bar pixel " + x + "," + y + " is not a terrain colour");
            assertTrue(i <= previous, "colour bar not monotonic at y = " + y);
            previous = i;
            seen.add(i);
        }
        assertTrue(seen.size() > 200, "colour bar shows only " + seen.size() + " colours");
        assertTrue(seen.stream().mapToInt(Integer::intValue).min().orElseThrow() <= 3, "bottom is not the first colour");
        assertTrue(seen.stream().mapToInt(Integer::intValue).max().orElseThrow() >= 252, "top is not the last colour");
    }

    @Test
    void robustLimitsAddExtensionTriangles() {
        PlotOptions o = DEFAULTS.withColorLimits(ColorLimits.robust());
        BufferedImage img = Plots.renderMap(MAP, o);
        MapFigure.Layout l = layout(o);
        Rectangle2D strip = l.colorBar().strip(l.colorBarArea());
        assertTrue(strip.getHeight() < l.colorBarArea().getHeight());
        Colormap terrain = Colormap.named("terrain");
        int x = (int) strip.getCenterX();
        assertEquals(terrain.entry(Colormap.SIZE - 1), img.getRGB(x, (int) strip.getMinY() - 3));
        assertEquals(terrain.entry(0), img.getRGB(x, (int) strip.getMaxY() + 3));
    }

    @Test
    void orientationFollowsTheCoordinatesNotTheArrayOrder() {
        int nx = MAP.width();
        int ny = MAP.height();
        double[] flippedY = new double[ny];
        double[] flippedX = new double[nx];
        double[] values = new double[nx * ny];
        for (int r = 0; r < ny; r++) {
            flippedY[r] = MAP.y()[ny - 1 - r];
            for (int c = 0; c < nx; c++) {
                values[r * nx + c] = MAP.value(ny - 1 - r, nx - 1 - c);
            }
        }
        for (int c = 0; c < nx; c++) {
            flippedX[c] = MAP.x()[nx - 1 - c];
        }
        MapData flipped = new MapData(flippedX, flippedY, values, MAP.title(), MAP.longName(), MAP.units(), MAP.crs());
        assertArrayEquals(pixels(Plots.renderMap(MAP, DEFAULTS)), pixels(Plots.renderMap(flipped, DEFAULTS)));
    }

    @Test
    void dpiScalesTheImageLikeMatplotlib() {
        BufferedImage big = Plots.renderMap(MAP, DEFAULTS.withDpi(200));
        assertEquals(1500, big.getWidth());
        assertEquals(1200, big.getHeight());
        BufferedImage fixed = Plots.renderMap(MAP, DEFAULTS.withSizePixels(640, 480).withDpi(150));
        assertEquals(640, fixed.getWidth());
        assertEquals(480, fixed.getHeight());
        // Same inches, double DPI: the map occupies the same fraction of the figure.
        Rectangle2D a100 = layout(DEFAULTS).dataArea();
        Rectangle2D a200 = layout(DEFAULTS.withDpi(200)).dataArea();
        assertEquals(a100.getWidth() * 2, a200.getWidth(), 4);
    }

    @Test
    void colourMapChoiceChangesColours() {
        BufferedImage terrain = Plots.renderMap(MAP, DEFAULTS);
        BufferedImage viridis = Plots.renderMap(MAP, DEFAULTS.withColormap("viridis"));
        double[] p = layout(DEFAULTS).toPixel(MAP.x()[80], MAP.y()[60]);
        int t = terrain.getRGB((int) p[0], (int) p[1]);
        int v = viridis.getRGB((int) p[0], (int) p[1]);
        assertNotEquals(t, v);
        double[] range = ColorLimits.auto().resolve(MAP.values());
        double norm = (MAP.value(60, 80) - range[0]) / (range[1] - range[0]);
        assertEquals(Colormap.named("viridis").argb(norm), v);
    }

    @Test
    void hillshadeShadesDataButLeavesNanAlone() {
        BufferedImage plain = Plots.renderMap(MAP, DEFAULTS);
        BufferedImage shaded = Plots.renderMap(MAP, DEFAULTS.withHillshade(Hillshade.standard()));
        Rectangle a = inner(layout(DEFAULTS).dataArea());
        int changed = 0;
        for (int y = a.y; y < a.y + a.height; y += 3) {
            for (int x = a.x; x < a.x + a.width; x += 3) {
                changed += plain.getRGB(x, y) != shaded.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(changed > 1000, "hillshade changed only " + changed + " sampled pixels");
        double[] p = layout(DEFAULTS).toPixel(RemaMini.MISSING_X, RemaMini.MISSING_Y);
        assertEquals(WHITE, shaded.getRGB((int) p[0], (int) p[1]));
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }
}
