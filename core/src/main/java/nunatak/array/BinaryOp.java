package nunatak.array;

import java.io.Serializable;

/**
 * A value-by-value operation on two aligned arrays, applied to runs of values: {@code a[i] = f(a[i], b[i])}.
 *
 * <pre>{@code
 * DataArray count = v2.get("count");
 * DataArray valid = v2.get("dem").where(count.ge(2));   // BinaryOp.WhereOther: keep dem where the count passes
 * }</pre>
 */
public sealed interface BinaryOp extends Serializable {

    void apply(double[] a, double[] b, int n);

    Dtype resultType(Dtype left, Dtype right);

    /** Keeps the left value where the right value passes {@code condition}; elsewhere {@code other}. */
    record WhereOther(Condition condition, double other) implements BinaryOp {
        @Override
        public void apply(double[] a, double[] b, int n) {
            for (int i = 0; i < n; i++) {
                if (!condition.test(b[i])) {
                    a[i] = other;
                }
            }
        }

        @Override
        public Dtype resultType(Dtype left, Dtype right) {
            return other == Math.rint(other) && !left.isFloating() ? left : left.withNaN();
        }
    }

    /** Arithmetic, NaN-propagating as numpy's. */
    enum Arithmetic implements BinaryOp {
        ADD, SUBTRACT, MULTIPLY, DIVIDE;

        @Override
        public void apply(double[] a, double[] b, int n) {
            switch (this) {
                case ADD -> {
                    for (int i = 0; i < n; i++) {
                        a[i] += b[i];
                    }
                }
                case SUBTRACT -> {
                    for (int i = 0; i < n; i++) {
                        a[i] -= b[i];
                    }
                }
                case MULTIPLY -> {
                    for (int i = 0; i < n; i++) {
                        a[i] *= b[i];
                    }
                }
                case DIVIDE -> {
                    for (int i = 0; i < n; i++) {
                        a[i] /= b[i];
                    }
                }
            }
        }

        @Override
        public Dtype resultType(Dtype left, Dtype right) {
            return left == Dtype.FLOAT32 && right == Dtype.FLOAT32 ? Dtype.FLOAT32 : Dtype.FLOAT64;
        }
    }
}
