package nunatak.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** Percentiles as numpy.percentile (linear) over the finite values. */
class ColorLimitsTest {
    private static final double[] V = {3.5, -2, 7, Double.NaN, 10, 0.25, 4, 4, 9, Double.NaN, 1};

    @Test
    void autoIsMinMaxAndRobustIsTwoToNinetyEight() {
        assertArrayEquals(new double[] {-2, 10}, ColorLimits.auto().resolve(V), 1e-12);
        assertArrayEquals(new double[] {-1.64, 9.84}, ColorLimits.robust().resolve(V), 1e-12);
        assertArrayEquals(new double[] {3.5, 10}, ColorLimits.percentiles(37.5, 100).resolve(V), 1e-12);
    }

    @Test
    void fixedAndHalfFixed() {
        assertArrayEquals(new double[] {0, 4000}, ColorLimits.fixed(0, 4000).resolve(V), 0);
        assertArrayEquals(new double[] {0, 10}, new ColorLimits(0, Double.NaN, 0, 100).resolve(V), 0);
    }

    @Test
    void degenerateDataStillGivesARange() {
        assertArrayEquals(new double[] {0, 1}, ColorLimits.auto().resolve(new double[] {Double.NaN}), 0);
        assertArrayEquals(new double[] {4.5, 5.5}, ColorLimits.auto().resolve(new double[] {5, 5}), 0);
        assertArrayEquals(new double[] {20, 21}, new ColorLimits(20, Double.NaN, 0, 100).resolve(V), 0);
    }

    @Test
    void rejectsEmptyOrReversedRanges() {
        assertThrows(InvalidArgumentException.class, () -> ColorLimits.fixed(10, 10));
        assertThrows(InvalidArgumentException.class, () -> ColorLimits.fixed(10, 0));
        assertThrows(InvalidArgumentException.class, () -> ColorLimits.percentiles(98, 2));
        assertThrows(InvalidArgumentException.class, () -> ColorLimits.percentiles(-1, 50));
    }
}
