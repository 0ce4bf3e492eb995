package nunatak.plot;

import java.util.Arrays;
import nunatak.InvalidArgumentException;

/**
 * How the colour range is chosen: fixed {@code vmin}/{@code vmax}, or percentiles of the finite values (0 and
 * 100 = the data's min and max; 2 and 98 = xarray's {@code robust=True}). A NaN bound is taken from the data,
 * so {@code new ColorLimits(0, NaN, 0, 98)} fixes the lower end only. Values outside the range get the end
 * colours, and the colour bar shows matplotlib's triangular extensions on the clipped ends.
 *
 * <pre>{@code
 * ColorLimits.auto();              // data min .. max
 * ColorLimits.robust();            // 2nd .. 98th percentile, like xarray's robust=True
 * ColorLimits.fixed(0, 4000);      // metres
 * }</pre>
 */
public record ColorLimits(double vmin, double vmax, double lowPercentile, double highPercentile) {

    public ColorLimits {
        if (!(lowPercentile >= 0 && highPercentile <= 100 && lowPercentile < highPercentile)) {
            throw new InvalidArgumentException("colour limit percentiles " + lowPercentile + " and " + highPercentile
                    + " must satisfy 0 <= low < high <= 100 (e.g. 2 and 98)");
        }
        if (Double.isInfinite(vmin) || Double.isInfinite(vmax)) {
            throw new InvalidArgumentException("colour limits must be finite numbers or NaN (from the data), got "
                    + vmin + " .. " + vmax);
        }
        if (!Double.isNaN(vmin) && !Double.isNaN(vmax) && !(vmin < vmax)) {
            throw new InvalidArgumentException("colour limits " + vmin + " .. " + vmax
                    + " are empty or reversed; give vmin < vmax");
        }
    }

    public static ColorLimits auto() {
        return new ColorLimits(Double.NaN, Double.NaN, 0, 100);
    }

    public static ColorLimits robust() {
        return percentiles(2, 98);
    }

    public static ColorLimits percentiles(double low, double high) {
        return new ColorLimits(Double.NaN, Double.NaN, low, high);
    }

    public static ColorLimits fixed(double vmin, double vmax) {
        return new ColorLimits(vmin, vmax, 0, 100);
    }

    /**
     * The {vmin, vmax} to draw {@code values} with. Without finite values (an all-NaN map) the range is 0 .. 1;
     * an empty range (constant data) is widened to 1 wide rather than dividing by zero.
     */
    public double[] resolve(double[] values) {
        double lo = vmin;
        double hi = vmax;
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
            Arrays.sort(finite);
            if (Double.isNaN(lo)) {
                lo = finite.length == 0 ? 0 : percentile(finite, lowPercentile);
            }
            if (Double.isNaN(hi)) {
                hi = finite.length == 0 ? 1 : percentile(finite, highPercentile);
            }
        }
        if (!(hi > lo)) {
            // Keep whichever end the caller fixed; widen the one taken from the data.
            if (!Double.isNaN(vmin)) {
                hi = lo + 1;
            } else if (!Double.isNaN(vmax)) {
                lo = hi - 1;
            } else {
                lo -= 0.5;
                hi = lo + 1;
            }
        }
        return new double[] {lo, hi};
    }

    /** numpy's default (linear) percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        double pos = p / 100 * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }
}
