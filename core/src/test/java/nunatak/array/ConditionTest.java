package nunatak.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The run-at-a-time {@code keep} of every condition agrees with its per-value {@code test}, NaN included. */
class ConditionTest {
    private static final double[] VALUES = {-9999, -1, -0.0, 0, 1e-300, 0.5, 1, 2500, Double.NaN,
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};

    @Test
    void keepMatchesTestForEveryOperator() {
        List<Condition> conditions = List.of(Condition.gt(0), Condition.ge(0), Condition.lt(1), Condition.le(1),
                Condition.eq(-9999), Condition.ne(-9999), Condition.notNull(),
                Condition.gt(0).and(Condition.lt(2000)), Condition.le(0).or(Condition.gt(2000)),
                Condition.gt(0).negate(), Condition.gt(Double.NaN));
        for (Condition c : conditions) {
            for (double other : new double[] {Double.NaN, 0, -9999}) {
                double[] expected = VALUES.clone();
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = c.test(expected[i]) ? expected[i] : other;
                }
                double[] got = VALUES.clone();
                c.keep(got, got.length - 2, other); // the last two stay as they are: only n values are touched
                System.arraycopy(VALUES, VALUES.length - 2, expected, VALUES.length - 2, 2);
                assertArrayEquals(expected, got, c + " with other = " + other);
            }
        }
    }
}
