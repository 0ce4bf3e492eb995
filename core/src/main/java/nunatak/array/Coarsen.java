package nunatak.array;

import java.util.Map;
import nunatak.InvalidArgumentException;

/**
 * A pending {@code coarsen}: windows per dimension and a boundary rule, reduced by one of the NaN-skipping
 * reducers. Coarse coordinates are the mean of the fine ones in each window, as xarray computes them.
 *
 * <pre>{@code
 * DataArray map = dem.coarsen(Map.of("y", 100, "x", 100)).mean();   // boundary trim, as xarray's default
 * }</pre>
 */
public final class Coarsen {
    private final DataArray source;
    private final Map<String, Integer> windows;
    private final Boundary boundary;

    Coarsen(DataArray source, Map<String, Integer> windows, Boundary boundary) {
        this.source = source;
        this.windows = Map.copyOf(windows);
        this.boundary = boundary;
    }

    public DataArray mean() {
        return reduce(Reducer.MEAN);
    }

    public DataArray sum() {
        return reduce(Reducer.SUM);
    }

    public DataArray min() {
        return reduce(Reducer.MIN);
    }

    public DataArray max() {
        return reduce(Reducer.MAX);
    }

    public DataArray std() {
        return reduce(Reducer.STD);
    }

    public DataArray count() {
        return reduce(Reducer.COUNT);
    }

    public DataArray reduce(Reducer reducer) {
        int[] f = new int[2];
        for (int a = 0; a < 2; a++) {
            String dim = source.dimOf(a);
            f[a] = dim == null ? 1 : windows.getOrDefault(dim, 1);
            if (f[a] < 1) {
                throw new InvalidArgumentException("coarsen window for " + dim + " must be >= 1, got " + f[a]);
            }
            int n = a == 0 ? source.node().rows() : source.node().cols();
            if (boundary == Boundary.EXACT && n % f[a] != 0) {
                throw new InvalidArgumentException("could not coarsen dimension " + dim + " of size " + n
                        + " with window " + f[a] + " and boundary exact; try boundary trim or pad");
            }
        }
        Node.Coarsen node = new Node.Coarsen(source.node(), f[0], f[1], boundary, reducer);
        double[][] coords = new double[2][];
        int[][] chunks = new int[2][];
        for (int a = 0; a < 2; a++) {
            int out = a == 0 ? node.rows() : node.cols();
            coords[a] = source.coordOf(a) == null ? null : windowMeans(source.coordOf(a), f[a], out);
            chunks[a] = source.dimOf(a) == null ? new int[] {1} : Chunks.afterCoarsen(source.chunksOf(a), f[a], out);
        }
        ArrayParts b = source.parts();
        b.node = node;
        b.coordOf = coords;
        b.chunks = chunks;
        b.georef = b.georef == null ? null : b.georef.afterCoarsen(f[0], f[1]);
        return new DataArray(b);
    }

    /** Mean of the fine coordinates of each window (a padded window averages the ones it has). */
    static double[] windowMeans(double[] fine, int factor, int out) {
        double[] c = new double[out];
        for (int w = 0; w < out; w++) {
            int from = w * factor;
            int to = Math.min(fine.length, from + factor);
            double s = 0;
            for (int k = from; k < to; k++) {
                s += fine[k];
            }
            c[w] = s / (to - from);
        }
        return c;
    }
}
