package nunatak.array;

import java.io.Serializable;

/**
 * A neighbourhood operation on square windows of {@code 2·halo + 1} pixels, applied a row at a time: the engine
 * hands it the {@code 2·halo + 1} input rows around an output row, each {@code n + 2·halo} values wide (NaN where
 * the mosaic has no pixel), and it writes {@code n} values.
 *
 * <pre>{@code
 * Kernel mean3x3 = new Kernel() {   // Terrain's slope, aspect and hillshade are kernels too
 *     public int halo() { return 1; }
 *     public void apply(double[][] rows, int n, double[] out) {
 *         for (int c = 0; c < n; c++) {
 *             double sum = 0;
 *             for (double[] row : rows) { sum += row[c] + row[c + 1] + row[c + 2]; }
 *             out[c] = sum / 9;
 *         }
 *     }
 *     public Dtype resultType(Dtype in) { return Dtype.FLOAT32; }
 *     public String label() { return "mean3x3"; }
 * };
 * float[] smoothRow = dem.neighbourhood(mean3x3).isel("y", 500).toFloatArray();
 * }</pre>
 */
public interface Kernel extends Serializable {

    int halo();

    /**
     * @param rows {@code 2·halo + 1} rows, top to bottom, each holding columns {@code c - halo .. c + n - 1 + halo}
     * @param n    output values
     */
    void apply(double[][] rows, int n, double[] out);

    Dtype resultType(Dtype in);

    /** A short name for summaries, e.g. "slope". */
    String label();
}
