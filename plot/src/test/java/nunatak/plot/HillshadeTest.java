package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** Against matplotlib 3.6's {@code LightSource(az, alt).hillshade(z, vert_exag, dx=2, dy=3)}. */
class HillshadeTest {
    private static final double[] Z = {10, 12, 15, 20, 9, 11, 16, 22, 8, 10, 14, 25, 7, 9, 12, 21, 5, 6, 8, 9};

    @Test
    void matchesMatplotlibDefaultLight() {
        double[] expected = {0.895604567025, 0.892526499094, 1, 0.997126433929, 0.895604567025, 0.874088186949,
            0.864011117347, 0.975461826655, 0.895604567025, 0.884304102409, 0.761317584831, 0.791125204276,
            0.823368679407, 0.765868626482, 0.709138555624, 0.514857468587, 0.676250839848, 0.569245631418,
            0.443004562043, 0};
        assertArrayEquals(expected, Hillshade.standard().intensity(Z, 4, 5, 2, 3), 1e-9);
    }

    @Test
    void matchesMatplotlibOtherLightAndExaggeration() {
        double[] expected = {0.660417200451, 0.589251113822, 0.14579816731, 0.025529991139, 0.660417200451,
            0.493856475893, 0.339116616445, 0, 0.660417200451, 0.535420255432, 0.424095410156, 0.270633949555,
            0.756276631263, 0.750742613424, 0.559688869229, 0.690618515754, 1, 0.973830505571, 0.98761069626,
            0.911125864235};
        Hillshade h = new Hillshade(200, 30, 2.5, Hillshade.Blend.OVERLAY);
        assertArrayEquals(expected, h.intensity(Z, 4, 5, 2, 3), 1e-9);
    }

    @Test
    void nanStaysNanAndDoesNotSpread() {
        double[] z = Z.clone();
        z[5] = Double.NaN;
        double[] i = Hillshade.standard().intensity(z, 4, 5, 2, 3);
        assertTrue(Double.isNaN(i[5]));
        for (int k = 0; k < i.length; k++) {
            assertTrue(k == 5 || (i[k] >= 0 && i[k] <= 1), "intensity " + k + " = " + i[k]);
        }
    }

    @Test
    void blendsLikeMatplotlib() {
        Hillshade overlay = Hillshade.standard();
        assertEquals(0xFF336699, overlay.shade(0xFF336699, 0.5));
        // Expected values from numpy with matplotlib's blend_overlay / blend_soft_light formulas.
        assertEquals(0xFF000000 | (82 << 16) | (214 << 8) | 255, overlay.shade(0xFF3399FF, 0.8));
        Hillshade soft = new Hillshade(315, 45, 1, Hillshade.Blend.SOFT);
        assertEquals(0xFF000000 | (35 << 16) | (129 << 8) | 255, soft.shade(0xFF3399FF, 0.3));
    }

    @Test
    void rejectsImpossibleLight() {
        assertThrows(InvalidArgumentException.class, () -> new Hillshade(315, 120, 1, Hillshade.Blend.OVERLAY));
        assertThrows(InvalidArgumentException.class, () -> new Hillshade(315, 45, 0, Hillshade.Blend.OVERLAY));
    }
}
