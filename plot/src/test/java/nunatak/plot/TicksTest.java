package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void stepsAreMatplotlibsNiceNumbers() {
        assertEquals(50, Ticks.niceStep(44.4));
        assertEquals(2.5, Ticks.niceStep(2.1));
        assertEquals(0.2, Ticks.niceStep(0.15), 1e-12);
        assertEquals(1000, Ticks.niceStep(1000));
        assertEquals(10, Ticks.niceStep(5.01));
    }

    @Test
    void ticksCoverTheRangeWithUnicodeMinus() {
        Ticks t = Ticks.locate(-1100, -700, 8);
        assertArrayEquals(new double[] {-1100, -1050, -1000, -950, -900, -850, -800, -750, -700}, t.values());
        assertEquals("\u22121100", t.labels()[0]);
        Ticks e = Ticks.locate(16.9, 3043.5, 7);
        assertArrayEquals(new String[] {"500", "1000", "1500", "2000", "2500", "3000"}, e.labels());
    }

    @Test
    void decimalsFollowTheStep() {
        assertArrayEquals(new String[] {"0.0", "2.5", "5.0", "7.5", "10.0"}, Ticks.locate(0, 10, 4).labels());
        assertArrayEquals(new String[] {"\u22120.50", "\u22120.25", "0.00", "0.25"},
                Ticks.locate(-0.5, 0.25, 3).labels());
        assertEquals("0", Ticks.format(-0.0, 0));
    }
}
