package nunatak.analysis;

import java.io.Serializable;

/**
 * Count, sum, min, max, mean and population standard deviation of the valid (non-NaN) values of a zone, as partial
 * results that merge: values are added a slice at a time (two passes over the slice: its mean, then its squared
 * deviations) and slices and partials are combined with Chan et al.'s pairwise update of (count, mean, M2), which
 * stays accurate where a running sum of squares would cancel. The sum is compensated (Neumaier). Merging in a fixed
 * order gives the same bits every run.
 *
 * <pre>{@code
 * ZonalStats zone = new ZonalStats();
 * double[] rowValues = {120, 180, Double.NaN, 250};
 * zone.addAll(rowValues, 0, 4);             // a run of masked pixels; NaN is not counted
 * ZonalStats otherTasksPartial = new ZonalStats();
 * otherTasksPartial.add(130);
 * zone.merge(otherTasksPartial);
 * double std = zone.std();                  // NaN when no valid value was seen
 * }</pre>
 */
public final class ZonalStats implements Serializable {
    private static final long serialVersionUID = 1L;

    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private double sum;
    private double sumCompensation;

    public void add(double v) {
        if (v == v) {
            combine(1, v, 0, v, v, v);
        }
    }

    /** Adds {@code values[from .. to)}, skipping NaN. */
    public void addAll(double[] values, int from, int to) {
        long n = 0;
        double s = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (v == v) {
                n++;
                s += v;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (n == 0) {
            return;
        }
        double m = s / n;
        double ss = 0;
        double sd = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (v == v) {
                double d = v - m;
                ss += d * d;
                sd += d;
            }
        }
        // Corrected two-pass: the mean's rounding error shows up in the sum of deviations.
        combine(n, m + sd / n, ss - sd * sd / n, s, lo, hi);
    }

    public void merge(ZonalStats o) {
        if (o.count > 0) {
            combine(o.count, o.mean, o.m2, o.sum, o.min, o.max);
            addToSum(o.sumCompensation);
        }
    }

    private void combine(long n, double m, double mm2, double s, double lo, double hi) {
        long total = count + n;
        double delta = m - mean;
        mean = count == 0 ? m : mean + delta * ((double) n / total);
        m2 = count == 0 ? mm2 : m2 + mm2 + delta * delta * ((double) count * n / total);
        count = total;
        min = Math.min(min, lo);
        max = Math.max(max, hi);
        addToSum(s);
    }

    private void addToSum(double v) {
        double t = sum + v;
        sumCompensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
        sum = t;
    }

    public long count() {
        return count;
    }

    public double sum() {
        return sum + sumCompensation;
    }

    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** Population variance (divided by the count, numpy's default {@code ddof=0}). */
    public double variance() {
        return count == 0 ? Double.NaN : Math.max(0, m2) / count;
    }

    public double std() {
        return Math.sqrt(variance());
    }
}
