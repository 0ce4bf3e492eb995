package nunatak.array;

import java.io.Serializable;

/**
 * A per-value test for {@link DataArray#where}. NaN fails every comparison, as in numpy.
 *
 * <pre>{@code
 * dem.where(Condition.gt(0));                           // the notebook's da.where(da > 0)
 * dem.where(Condition.gt(0).and(Condition.lt(5000)));
 * }</pre>
 */
public sealed interface Condition extends Serializable {

    boolean test(double v);

    /** Replaces the first {@code n} values that fail the test by {@code other}: the hot loop of {@code where}. */
    default void keep(double[] v, int n, double other) {
        for (int i = 0; i < n; i++) {
            if (!test(v[i])) {
                v[i] = other;
            }
        }
    }

    static Condition gt(double x) {
        return new Compare(Op.GT, x);
    }

    static Condition ge(double x) {
        return new Compare(Op.GE, x);
    }

    static Condition lt(double x) {
        return new Compare(Op.LT, x);
    }

    static Condition le(double x) {
        return new Compare(Op.LE, x);
    }

    static Condition eq(double x) {
        return new Compare(Op.EQ, x);
    }

    static Condition ne(double x) {
        return new Compare(Op.NE, x);
    }

    static Condition notNull() {
        return new NotNull();
    }

    default Condition and(Condition other) {
        return new And(this, other);
    }

    default Condition or(Condition other) {
        return new Or(this, other);
    }

    default Condition negate() {
        return new Not(this);
    }

    enum Op {
        GT(">"), GE(">="), LT("<"), LE("<="), EQ("=="), NE("!=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    record Compare(Op op, double value) implements Condition {
        @Override
        public boolean test(double v) {
            return switch (op) {
                case GT -> v > value;
                case GE -> v >= value;
                case LT -> v < value;
                case LE -> v <= value;
                case EQ -> v == value;
                case NE -> v != value;
            };
        }

        /** One loop per common operator: no dispatch per value, and a select the JIT can make branch-free. */
        @Override
        public void keep(double[] v, int n, double other) {
            double x = value;
            switch (op) {
                case GT -> {
                    for (int i = 0; i < n; i++) {
                        v[i] = v[i] > x ? v[i] : other;
                    }
                }
                case GE -> {
                    for (int i = 0; i < n; i++) {
                        v[i] = v[i] >= x ? v[i] : other;
                    }
                }
                default -> Condition.super.keep(v, n, other);
            }
        }

        @Override
        public String toString() {
            return "x " + op.symbol + " " + value;
        }
    }

    record NotNull() implements Condition {
        @Override
        public boolean test(double v) {
            return !Double.isNaN(v);
        }
    }

    record And(Condition a, Condition b) implements Condition {
        @Override
        public boolean test(double v) {
            return a.test(v) && b.test(v);
        }
    }

    record Or(Condition a, Condition b) implements Condition {
        @Override
        public boolean test(double v) {
            return a.test(v) || b.test(v);
        }
    }

    record Not(Condition a) implements Condition {
        @Override
        public boolean test(double v) {
            return !a.test(v);
        }
    }
}
