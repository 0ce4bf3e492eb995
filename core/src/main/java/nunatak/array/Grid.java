package nunatak.array;

import java.io.Serializable;
import nunatak.InvalidArgumentException;
import nunatak.tiff.DataType;
import nunatak.tiff.Samples;

/**
 * An in-memory 2-D block of values, row-major, with its element type: what a computed {@link DataArray} holds. 1-D
 * data is a single row. Positions are (row, col) everywhere, as in {@link DataArray#get(int...)}.
 *
 * <pre>{@code
 * Grid g = Grid.of(2, 3, new float[] {1, 2, 3, 4, 5, 6});
 * g.get(1, 0);                  // 4.0: row 1, column 0
 * DataArray a = DataArray.of(g, new double[] {150, 50}, new double[] {0, 100, 200});
 * }</pre>
 */
public record Grid(int rows, int cols, Dtype dtype, Samples values) implements Serializable {

    public Grid {
        if ((long) rows * cols != values.size()) {
            throw new InvalidArgumentException(rows + " x " + cols + " grid given " + values.size()
                    + " values; it needs rows x cols, row-major");
        }
        if ((dtype == Dtype.FLOAT32) != (values instanceof Samples.F32)) {
            throw new IllegalArgumentException(dtype + " grid stored as " + values.getClass().getSimpleName());
        }
    }

    /** A float32 grid holding {@code values} (row-major, not copied). */
    public static Grid of(int rows, int cols, float[] values) {
        return new Grid(rows, cols, Dtype.FLOAT32, new Samples.F32(values));
    }

    /** A float64 grid holding {@code values} (row-major, not copied). */
    public static Grid of(int rows, int cols, double[] values) {
        return new Grid(rows, cols, Dtype.FLOAT64, new Samples.F64(values));
    }

    public static Grid allocate(int rows, int cols, Dtype dtype) {
        return new Grid(rows, cols, dtype, Samples.allocate(dtype == Dtype.FLOAT32 ? DataType.FLOAT32 : DataType.FLOAT64,
                Math.multiplyExact(rows, cols)));
    }

    public static Grid filled(int rows, int cols, Dtype dtype, double value) {
        Grid g = allocate(rows, cols, dtype);
        g.values().fill(value);
        return g;
    }

    public double get(int row, int col) {
        return values.get(row * cols + col);
    }

    /** Copies row {@code row} into {@code out} as doubles. */
    public void getRow(int row, double[] out) {
        int base = row * cols;
        if (values instanceof Samples.F32 f) {
            float[] v = f.values();
            for (int c = 0; c < cols; c++) {
                out[c] = v[base + c];
            }
        } else {
            System.arraycopy(((Samples.F64) values).values(), base, out, 0, cols);
        }
    }

    public void set(int row, int col, double v) {
        set(row * cols + col, v);
    }

    public void set(int index, double v) {
        if (values instanceof Samples.F32 f) {
            f.values()[index] = (float) v;
        } else {
            ((Samples.F64) values).values()[index] = v;
        }
    }

    /** Copies {@code n} values into this grid's flat index {@code at}. */
    public void setRun(int at, double[] src, int srcFrom, int n) {
        if (values instanceof Samples.F32 f) {
            float[] dst = f.values();
            for (int k = 0; k < n; k++) {
                dst[at + k] = (float) src[srcFrom + k];
            }
        } else {
            System.arraycopy(src, srcFrom, ((Samples.F64) values).values(), at, n);
        }
    }

    /** Copies a rectangle of {@code src} into this grid at ({@code row}, {@code col}). */
    public void paste(Grid src, int row, int col) {
        for (int r = 0; r < src.rows(); r++) {
            src.values().copyTo(r * src.cols(), values, (row + r) * cols + col, src.cols());
        }
    }

    /** All values, row-major, as float32. */
    public float[] toFloatArray() {
        if (values instanceof Samples.F32 f) {
            return f.values().clone();
        }
        double[] v = ((Samples.F64) values).values();
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }

    /** All values, row-major, as float64. */
    public double[] toDoubleArray() {
        if (values instanceof Samples.F64 d) {
            return d.values().clone();
        }
        float[] v = ((Samples.F32) values).values();
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }

    public long sizeBytes() {
        return (long) rows * cols * dtype.itemSize();
    }
}
