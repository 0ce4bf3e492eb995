package nunatak.analysis;

import java.io.Serializable;
import java.util.Arrays;
import nunatak.InvalidArgumentException;

/**
 * Exact counts of valid values in elevation bins {@code [k·W, (k+1)·W)} (k any integer, the bounds computed as
 * {@code k * W} in double), mergeable across tasks. Bins span from the lowest to the highest non-empty one.
 *
 * <pre>{@code
 * Hypsometry h = new Hypsometry(100);
 * double[] rowValues = {120, 180, Double.NaN, 250};
 * h.addAll(rowValues, 0, rowValues.length);      // NaN is not counted
 * Hypsometry otherTasksPartial = new Hypsometry(100);
 * otherTasksPartial.add(130);
 * h.merge(otherTasksPartial);
 * double[] lower = h.lowerBounds();  long[] count = h.counts();
 * }</pre>
 */
public final class Hypsometry implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Bins one histogram may span (80 MB of counts); a finer bin width over a wide range is a usage error. */
    public static final int MAX_BINS = 10_000_000;

    private final double binWidth;
    private long firstBin;
    private long[] counts = new long[0];

    public Hypsometry(double binWidth) {
        if (!(binWidth > 0) || !Double.isFinite(binWidth)) {
            throw new InvalidArgumentException("hypsometry bin width " + binWidth + " must be a positive number of "
                    + "metres");
        }
        this.binWidth = binWidth;
    }

    public double binWidth() {
        return binWidth;
    }

    public void add(double v) {
        if (v == v) {
            int i = slot(bin(v)); // before reading the field: slot may grow the array
            counts[i]++;
        }
    }

    public void addAll(double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            add(values[i]);
        }
    }

    public void merge(Hypsometry o) {
        if (o.binWidth != binWidth) {
            throw new InvalidArgumentException("cannot merge hypsometries of bin widths " + binWidth + " and "
                    + o.binWidth);
        }
        for (int i = 0; i < o.counts.length; i++) {
            if (o.counts[i] != 0) {
                int j = slot(o.firstBin + i);
                counts[j] += o.counts[i];
            }
        }
    }

    /** The bin k with k·W <= v < (k+1)·W. */
    long bin(double v) {
        if (Double.isInfinite(v)) {
            throw new InvalidArgumentException("value " + v + " has no hypsometry bin");
        }
        long k = (long) Math.floor(v / binWidth);
        while (k * binWidth > v) {
            k--;
        }
        while ((k + 1) * binWidth <= v) {
            k++;
        }
        return k;
    }

    /** Index into counts of bin k, growing the array to hold it. */
    private int slot(long k) {
        if (counts.length == 0) {
            firstBin = k;
            counts = new long[1];
        }
        long lo = Math.min(firstBin, k);
        long hi = Math.max(firstBin + counts.length - 1, k);
        if (hi - lo + 1 > MAX_BINS) {
            throw new InvalidArgumentException("hypsometry bins of " + binWidth + " m from " + lo * binWidth + " to "
                    + (hi + 1) * binWidth + " m would be more than " + MAX_BINS + " bins; use a larger bin width");
        }
        if (lo < firstBin || hi >= firstBin + counts.length) {
            int size = (int) (hi - lo + 1);
            int grown = (int) Math.min(MAX_BINS, Math.max(size, (long) counts.length * 2));
            long newFirst = k < firstBin ? hi - grown + 1 : lo;
            long[] c = new long[grown];
            System.arraycopy(counts, 0, c, (int) (firstBin - newFirst), counts.length);
            counts = c;
            firstBin = newFirst;
        }
        return (int) (k - firstBin);
    }

    /** Counts from the lowest to the highest non-empty bin (empty bins between included). */
    public long[] counts() {
        int[] range = nonEmptyRange();
        return Arrays.copyOfRange(counts, range[0], range[1]);
    }

    /** Lower bound k·W of each bin of {@link #counts()}. */
    public double[] lowerBounds() {
        int[] range = nonEmptyRange();
        double[] out = new double[range[1] - range[0]];
        for (int i = 0; i < out.length; i++) {
            out[i] = (firstBin + range[0] + i) * binWidth;
        }
        return out;
    }

    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    private int[] nonEmptyRange() {
        int a = 0;
        int b = counts.length;
        while (a < b && counts[a] == 0) {
            a++;
        }
        while (b > a && counts[b - 1] == 0) {
            b--;
        }
        return new int[] {a, b};
    }
}
