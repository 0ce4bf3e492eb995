package nunatak.tiff;

/**
 * Pixel values of a block or window, row-major. float32 data stays {@code float[]} (REMA's type, half the
 * memory); every other type is widened to {@code double[]}, which holds all of uint8..int32 and float64
 * exactly. The {@link DataType} travels alongside, so nothing is lost.
 */
public sealed interface Samples extends java.io.Serializable permits Samples.F32, Samples.F64 {

    int size();

    double get(int i);

    /** A view copy of {@code count} values from {@code from}; used to assemble windows. */
    void copyTo(int from, Samples dst, int to, int count);

    static Samples allocate(DataType type, int size) {
        return type == DataType.FLOAT32 ? new F32(new float[size]) : new F64(new double[size]);
    }

    /** Fills with a constant (sparse blocks). */
    void fill(double value);

    /** Sets one value (masked pixels become NaN). */
    void set(int i, double value);

    record F32(float[] values) implements Samples {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public double get(int i) {
            return values[i];
        }

        @Override
        public void copyTo(int from, Samples dst, int to, int count) {
            System.arraycopy(values, from, ((F32) dst).values, to, count);
        }

        @Override
        public void fill(double value) {
            java.util.Arrays.fill(values, (float) value);
        }

        @Override
        public void set(int i, double value) {
            values[i] = (float) value;
        }
    }

    record F64(double[] values) implements Samples {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public double get(int i) {
            return values[i];
        }

        @Override
        public void copyTo(int from, Samples dst, int to, int count) {
            System.arraycopy(values, from, ((F64) dst).values, to, count);
        }

        @Override
        public void fill(double value) {
            java.util.Arrays.fill(values, value);
        }

        @Override
        public void set(int i, double value) {
            values[i] = value;
        }
    }
}
