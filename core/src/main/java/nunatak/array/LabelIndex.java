package nunatak.array;

import nunatak.InvalidArgumentException;

/**
 * Label lookups on a monotonic coordinate with pandas' rules, which xarray's {@code sel} uses: nearest with
 * pandas' tie-breaking, exact matches, and inclusive label slices in index order.
 */
public final class LabelIndex {
    private LabelIndex() {
    }

    /**
     * The position nearest to {@code label}. On a tie pandas takes the neighbour with the larger label, for
     * increasing and decreasing coordinates alike (so y = 750000 between centres 750200 and 749800 gives 750200).
     */
    public static int nearest(double[] coords, double label) {
        int n = coords.length;
        if (n == 0) {
            throw new InvalidArgumentException("cannot select from an empty coordinate");
        }
        boolean increasing = n == 1 || coords[n - 1] >= coords[0];
        int below = -1;
        int above = -1;
        for (int i = 0; i < n; i++) {
            int k = increasing ? i : n - 1 - i;
            if (coords[k] <= label) {
                below = k;
            }
            if (coords[k] >= label && above < 0) {
                above = k;
            }
        }
        if (below < 0) {
            return above;
        }
        if (above < 0) {
            return below;
        }
        double dBelow = Math.abs(coords[below] - label);
        double dAbove = Math.abs(coords[above] - label);
        // pandas: np.where(left_dist < right_dist (<= when not increasing), left, right), where "left" is the
        // pad neighbour; on either ordering a tie resolves to the larger label.
        return dBelow < dAbove ? below : dAbove < dBelow ? above : above;
    }

    /** The position whose label equals {@code label} exactly, as sel() without a method requires. */
    public static int exact(double[] coords, double label, String dim) {
        for (int i = 0; i < coords.length; i++) {
            if (coords[i] == label) {
                return i;
            }
        }
        throw new InvalidArgumentException("no " + dim + " coordinate equals " + label
                + "; use method nearest to pick the closest pixel centre");
    }

    /**
     * Positions with labels between {@code from} and {@code to} inclusive, in index order, as pandas slices a
     * monotonic index: on a decreasing coordinate (REMA's y) give the larger label first.
     */
    public static IndexMap slice(double[] coords, Double from, Double to) {
        int n = coords.length;
        boolean increasing = n < 2 || coords[n - 1] >= coords[0];
        int start = 0;
        int stop = n;
        if (from != null) {
            start = n;
            for (int i = 0; i < n; i++) {
                if (increasing ? coords[i] >= from : coords[i] <= from) {
                    start = i;
                    break;
                }
            }
        }
        if (to != null) {
            stop = 0;
            for (int i = n - 1; i >= 0; i--) {
                if (increasing ? coords[i] <= to : coords[i] >= to) {
                    stop = i + 1;
                    break;
                }
            }
        }
        return stop <= start ? new IndexMap(0, 1, 0) : new IndexMap(start, 1, stop - start);
    }
}
