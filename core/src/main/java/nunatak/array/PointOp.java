package nunatak.array;

import java.io.Serializable;

/** A value-by-value transformation, applied to runs of values (so the hot loop has no per-value dispatch). */
public sealed interface PointOp extends Serializable {

    void apply(double[] v, int n);

    Dtype resultType(Dtype in);

    /** Keeps values passing the condition; the others become {@code other} (NaN by default). */
    record Where(Condition condition, double other) implements PointOp {
        @Override
        public void apply(double[] v, int n) {
            condition.keep(v, n, other);
        }

        @Override
        public Dtype resultType(Dtype in) {
            boolean integral = other == Math.rint(other) && !in.isFloating();
            return integral ? in : in.withNaN();
        }
    }

    /** Turns the nodata value into NaN, as rioxarray's {@code masked=True} does. */
    record MaskValue(double nodata) implements PointOp {
        @Override
        public void apply(double[] v, int n) {
            for (int i = 0; i < n; i++) {
                if (v[i] == nodata) {
                    v[i] = Double.NaN;
                }
            }
        }

        @Override
        public Dtype resultType(Dtype in) {
            return in.withNaN();
        }
    }
}
