package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The full-resolution profile of rema-mini along the row nearest y = 750000 m, which crosses tile 38_21. */
class ProfileFigureTest {
    private static final ProfileData PROFILE = RemaMini.profileNear(750_000);
    private static final PlotOptions DEFAULTS = PlotOptions.defaults();

    private static ProfileFigure.Layout layout(PlotOptions o) {
        FigureSize s = o.sizeOr(PlotOptions.PROFILE_SIZE);
        return new ProfileFigure(PROFILE).layout(s.widthPx(o.dpi()), s.heightPx(o.dpi()), new Style(o.dpi()));
    }

    /** Pixels of the line colour (anti-aliased edges included) in a column range of the data area. */
    private static int linePixels(BufferedImage img, Rectangle a, int x0, int x1) {
        int n = 0;
        for (int x = Math.max(x0, a.x + 2); x < Math.min(x1, a.x + a.width - 2); x++) {
            for (int y = a.y + 2; y < a.y + a.height - 2; y++) {
                Color c = new Color(img.getRGB(x, y));
                n += c.getBlue() > c.getRed() + 40 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void profileHasTheRequestedSizeAndALine() {
        BufferedImage img = Plots.renderProfile(PROFILE, DEFAULTS);
        assertEquals(1000, img.getWidth());
        assertEquals(400, img.getHeight());
        Rectangle a = layout(DEFAULTS).dataArea().getBounds();
        assertTrue(linePixels(img, a, a.x, a.x + a.width) > 1000);
    }

    @Test
    void noLineIsDrawnAcrossTheMissingTile() {
        BufferedImage img = Plots.renderProfile(PROFILE, DEFAULTS);
        ProfileFigure.Layout l = layout(DEFAULTS);
        Rectangle a = l.dataArea().getBounds();
        // Tile 38_21 spans x = -1000 .. -900 km; keep clear of the line's round caps at both ends.
        int gapStart = (int) l.toPixel(-995_000, 0)[0];
        int gapEnd = (int) l.toPixel(-905_000, 0)[0];
        assertEquals(0, linePixels(img, a, gapStart, gapEnd));
        int westStart = (int) l.toPixel(-1_090_000, 0)[0];
        int westEnd = (int) l.toPixel(-1_010_000, 0)[0];
        assertTrue(linePixels(img, a, westStart, westEnd) > 200, "no line west of the gap");
    }

    @Test
    void axesSpanTheDataWithMatplotlibMargins() {
        double[] lim = new ProfileFigure(PROFILE).limits();
        double span = -700.2 + 1099.8;
        assertEquals(-1099.8 - 0.05 * span, lim[0], 1e-9);
        assertEquals(-700.2 + 0.05 * span, lim[1], 1e-9);
        assertTrue(lim[2] < 0 && lim[3] > 3000, "value axis " + lim[2] + " .. " + lim[3]);
    }

    @Test
    void isolatedValuesAreShownAsDots() {
        double[] pos = {0, 1000, 2000, 3000, 4000};
        double[] v = {Double.NaN, Double.NaN, 5, Double.NaN, Double.NaN};
        ProfileData p = ProfileData.of(pos, v).withTitle("one point");
        BufferedImage img = Plots.renderProfile(p, DEFAULTS);
        FigureSize s = PlotOptions.PROFILE_SIZE;
        ProfileFigure.Layout l = new ProfileFigure(p).layout(s.widthPx(100), s.heightPx(100), new Style(100));
        double[] px = l.toPixel(2000, 5);
        Color c = new Color(img.getRGB((int) px[0], (int) px[1]));
        assertTrue(c.getBlue() > c.getRed() + 40, "no dot at the isolated value: " + c);
    }

    @Test
    void allNanProfileStillDraws() {
        double[] pos = {0, 1000};
        BufferedImage img = Plots.renderProfile(ProfileData.of(pos, new double[] {Double.NaN, Double.NaN}), DEFAULTS);
        assertEquals(1000, img.getWidth());
    }
}
