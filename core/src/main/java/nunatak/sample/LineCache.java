package nunatak.sample;

import java.util.Arrays;

/**
 * The lattice lines (rows of node values) computed so far that rows may still need, so consecutive grid rows
 * compute each line once. A row asks for a window of consecutive lines; lines outside it are replaced.
 */
final class LineCache {
    /** Computes line {@code iy} into {@code out}. */
    @FunctionalInterface
    interface Filler {
        void fill(long iy, double[] out);
    }

    private final long[] index;
    private final double[][] lines;
    private final Filler filler;

    /** A cache for windows of {@code window} lines of {@code length} values each. */
    LineCache(int window, int length, Filler filler) {
        this.index = new long[window + 1];
        Arrays.fill(index, Long.MIN_VALUE);
        this.lines = new double[window + 1][length];
        this.filler = filler;
    }

    /** Lines {@code first .. first + out.length - 1} into {@code out}, computing those not cached. */
    void window(long first, double[][] out) {
        long last = first + out.length - 1;
        for (int k = 0; k < out.length; k++) {
            long iy = first + k;
            int slot = find(iy);
            if (slot < 0) {
                slot = free(first, last);
                filler.fill(iy, lines[slot]);
                index[slot] = iy;
            }
            out[k] = lines[slot];
        }
    }

    private int find(long iy) {
        for (int s = 0; s < index.length; s++) {
            if (index[s] == iy) {
                return s;
            }
        }
        return -1;
    }

    /** A slot holding no line of the window; there is always one, as the cache has one slot more. */
    private int free(long first, long last) {
        for (int s = 0; s < index.length; s++) {
            if (index[s] < first || index[s] > last) {
                return s;
            }
        }
        throw new IllegalStateException("line cache too small");
    }
}
