package nunatak.geom;

import java.math.BigDecimal;

/**
 * How sampled values are written as text: empty for NaN, otherwise the shortest decimal that reads back to the
 * same value, as a float32 when the value is one (REMA's heights are float32), never in exponent notation.
 *
 * <pre>{@code
 * ValueText.of(1234.5f);        // "1234.5", not "1234.5" padded with float-to-double noise
 * ValueText.of(Double.NaN);     // ""
 * }</pre>
 */
public final class ValueText {
    private ValueText() {
    }

    public static String of(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        float f = (float) v;
        String s = f == v ? Float.toString(f) : Double.toString(v);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).toPlainString();
        }
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
