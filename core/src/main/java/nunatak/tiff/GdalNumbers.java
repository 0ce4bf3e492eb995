package nunatak.tiff;

import java.util.Locale;

/**
 * Numbers in GDAL's text tags read as GDAL reads them: {@code CPLAtofM}, which is C's {@code atof} (the longest
 * prefix that {@code strtod} accepts, 0 when there is none) with a decimal comma accepted and MSVC's spellings of
 * NaN and infinity ("1.#QNAN", "-1.#IND", "1.#INF"). Java's {@code Double.parseDouble} is not enough: it refuses
 * "12abc", "0x10" and "nan" that GDAL reads as 12, 16 and NaN.
 *
 * <pre>{@code
 * double v = GdalNumbers.atof("-3.4e+38");   // -3.4E38, as GDAL reads GDAL_NODATA
 * }</pre>
 */
public final class GdalNumbers {
    /** CPLAtofM looks this far for a decimal comma before taking the point as the separator. */
    private static final int COMMA_SEARCH = 50;

    private GdalNumbers() {
    }

    /** The value GDAL's {@code CPLAtofM} gives for {@code text}. */
    public static double atof(String text) {
        String s = text;
        for (int i = 0; i < Math.min(COMMA_SEARCH, s.length()); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                s = s.substring(0, i) + '.' + s.substring(i + 1); // only the first comma, as GDAL replaces it
                break;
            }
            if (c == '.') {
                break;
            }
        }
        int p = 0;
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        String t = s.substring(p);
        if (t.startsWith("-1.#QNAN") || t.startsWith("-1.#IND") || t.startsWith("1.#QNAN") || t.startsWith("1.#SNAN")) {
            return Double.NaN;
        }
        if (t.regionMatches(true, 0, "-1.#INF", 0, 7)) {
            return Double.NEGATIVE_INFINITY;
        }
        if (t.regionMatches(true, 0, "1.#INF", 0, 6)) {
            return Double.POSITIVE_INFINITY;
        }
        return strtod(t);
    }

    /** C's strtod on the longest accepted prefix (after white space), 0 when no prefix is a number. */
    static double strtod(String s) {
        int p = 0;
        while (p < s.length() && isSpace(s.charAt(p))) {
            p++;
        }
        int start = p;
        boolean negative = false;
        if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negative = s.charAt(p) == '-';
            p++;
        }
        String rest = s.substring(p).toLowerCase(Locale.ROOT);
        if (rest.startsWith("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.startsWith("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x") && (hexDigits(rest, 2) > 0 || (rest.startsWith("0x.") && hexDigits(rest, 3) > 0))) {
            return hex(rest, negative);
        }
        int q = p;
        int digits = 0;
        while (q < s.length() && isDigit(s.charAt(q))) {
            q++;
            digits++;
        }
        if (q < s.length() && s.charAt(q) == '.') {
            q++;
            while (q < s.length() && isDigit(s.charAt(q))) {
                q++;
                digits++;
            }
        }
        if (digits == 0) {
            return 0;
        }
        q = exponentEnd(s, q, 'e');
        String number = s.substring(start, q);
        return Double.parseDouble(number.endsWith(".") ? number + "0" : number);
    }

    /** A hexadecimal float ("0x1.8p3", "0x10"); {@code s} is lower case and starts with "0x". */
    private static double hex(String s, boolean negative) {
        int q = 2;
        StringBuilder mantissa = new StringBuilder();
        while (q < s.length() && Character.digit(s.charAt(q), 16) >= 0) {
            mantissa.append(s.charAt(q++));
        }
        if (q < s.length() && s.charAt(q) == '.') {
            mantissa.append('.');
            q++;
            while (q < s.length() && Character.digit(s.charAt(q), 16) >= 0) {
                mantissa.append(s.charAt(q++));
            }
        }
        int end = exponentEnd(s, q, 'p');
        String exponent = end > q ? s.substring(q + 1, end) : "0";
        String m = mantissa.toString();
        double v = Double.parseDouble("0x" + (m.startsWith(".") ? "0" + m : m.endsWith(".") ? m + "0" : m) + "p" + exponent);
        return negative ? -v : v;
    }

    /** Where an exponent ({@code marker}, an optional sign, digits) starting at {@code q} ends; {@code q} if none. */
    private static int exponentEnd(String s, int q, char marker) {
        if (q >= s.length() || Character.toLowerCase(s.charAt(q)) != marker) {
            return q;
        }
        int e = q + 1;
        if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
            e++;
        }
        int digitsStart = e;
        while (e < s.length() && isDigit(s.charAt(e))) {
            e++;
        }
        return e > digitsStart ? e : q;
    }

    private static int hexDigits(String s, int from) {
        int n = 0;
        while (from + n < s.length() && Character.digit(s.charAt(from + n), 16) >= 0) {
            n++;
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** C's isspace in the C locale. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
