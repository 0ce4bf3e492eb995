package nunatak.array;

import java.io.Serializable;

/**
 * A neighbourhood operation on square windows of {@code 2·halo + 1} pixels, applied a row at a time: the engine
 * hands it the {@code 2·halo + 1} input rows around an output row, each {@code n + 2·halo} values wide (NaN where
 * the mosaic has no pixel), and it writes {@code n} values.
 *
 * <pre>{@code
 * DataArray slope = dem.neighbourhood(TerrainKernel.slope(1.0));
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
