package nunatak.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions and labels for one axis, chosen like matplotlib's default locator (MaxNLocator with steps
 * 1, 2, 2.5, 5, 10 and at most 9 intervals) and formatter (as few decimals as the step needs, U+2212 minus).
 */
record Ticks(double[] values, String[] labels) {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    /** Ticks for the range {@code [lo, hi]} with at most {@code maxIntervals} steps between them. */
    static Ticks locate(double lo, double hi, int maxIntervals) {
        if (!(hi > lo)) {
            return new Ticks(new double[] {lo}, new String[] {format(lo, 0)});
        }
        double step = niceStep((hi - lo) / Math.max(1, maxIntervals));
        double eps = step * 1e-9;
        long first = (long) Math.ceil((lo - eps) / step);
        long last = (long) Math.floor((hi + eps) / step);
        List<Double> vs = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            double v = k * step;
            vs.add(Math.abs(v) < eps ? 0.0 : v);
        }
        int decimals = decimalsOf(step);
        double[] values = vs.stream().mapToDouble(Double::doubleValue).toArray();
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = format(values[i], decimals);
        }
        return new Ticks(values, labels);
    }

    /** The smallest step of the form {1, 2, 2.5, 5} × 10^k that is at least {@code raw}. */
    static double niceStep(double raw) {
        double scale = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double s : STEPS) {
            double step = s * scale;
            if (step >= raw * (1 - 1e-12)) {
                return step;
            }
        }
        return 10 * scale;
    }

    static String format(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.matches("-0(\\.0*)?")) {
            s = s.substring(1);
        }
        return s.replace('-', '\u2212');
    }

    /** Decimals needed to write every multiple of the step exactly (2.5 → 1, 0.25 → 2, 50 → 0). */
    static int decimalsOf(double step) {
        BigDecimal d = new BigDecimal(Double.toString(step)).stripTrailingZeros();
        return Math.min(10, Math.max(0, d.scale()));
    }

    int size() {
        return values.length;
    }
}
