package nunatak.tiff;

import java.util.OptionalDouble;

/**
 * A band's nodata as GDAL understands GDAL_NODATA (tag 42113): the text is read with GDAL's {@code CPLAtofM}
 * ({@link GdalNumbers}), then represented in the band's sample type the way GDAL's nodata mask compares it:
 * <ul>
 *   <li>float32: {@code (float) value}, so "-3.4e+38" matches pixels written as float32 -3.4e38 (GDAL also
 *       snaps values within 1e-10 of FLT_MAX to it, which the float rounding already does);</li>
 *   <li>float64: the value itself;</li>
 *   <li>integers: no nodata when the value is NaN or outside the range GDAL's mask works in (the type's, int32
 *       for int8), else the value truncated toward zero as GDAL's mask casts it (1.5 on uint8 masks 1), and no
 *       nodata either when that does not fit the type.</li>
 * </ul>
 * {@link #matches} decides which pixels are nodata as GDAL's mask does (floating-point values within
 * GDAL's relative tolerance match). Sparse blocks (never written) read as {@link #sparseFill()}: the value converted as GDAL's GDALCopyWords
 * converts it (rounded half away from zero and clamped for integers, 0 for NaN), or 0 without GDAL_NODATA.
 *
 * <pre>{@code
 * Nodata n = Nodata.of("-10000", DataType.UINT8);
 * n.value();   // empty: -10000 does not fit uint8
 * n.note();    // "GDAL_NODATA -10000 does not fit uint8; ignored as GDAL does"
 * }</pre>
 *
 * @param type       the band's sample type
 * @param text       GDAL_NODATA as stored, or null when the file has none
 * @param value      the value that marks missing pixels, in the band's type, or null for none
 * @param sparseFill what a block that was never written holds
 * @param note       why {@code value} differs from what the text says (ignored, truncated, rounded), or null
 */
public record Nodata(DataType type, String text, Double value, double sparseFill, String note) {

    /** GDAL's ARE_REAL_EQUAL tolerance: FLT_EPSILON (2^-23) times 2 ulps, relative to the sum of both values. */
    private static final float FLT_EPSILON = 0x1p-23f;

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile(
            "\\s*[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|(?i:nan|inf|infinity))\\s*");

    /** GDAL_NODATA {@code text} (null or empty: none) for a band of {@code type}. */
    public static Nodata of(String text, DataType type) {
        if (text == null || text.isEmpty()) {
            return new Nodata(type, null, null, 0, null);
        }
        double parsed = GdalNumbers.atof(text);
        String shown = isPlainNumber(text) ? text.trim() : "'" + text + "' (read as " + parsed + ")";
        double fill = copyWord(parsed, type);
        if (type == DataType.FLOAT64) {
            return new Nodata(type, text, parsed, fill, isPlainNumber(text) ? null : "GDAL_NODATA " + shown);
        }
        if (type == DataType.FLOAT32) {
            double f = (float) parsed;
            boolean same = Double.compare(f, parsed) == 0 || Double.isNaN(parsed);
            return new Nodata(type, text, f, fill, same && isPlainNumber(text) ? null
                    : "GDAL_NODATA " + shown + " as float32, as GDAL compares it");
        }
        DataType work = type == DataType.INT8 ? DataType.INT32 : type;
        // GDALNoDataMaskBand compares int8 data as int32, every other integer type as itself.
        if (Double.isNaN(parsed) || parsed < work.min() || parsed > work.max()) {
            return new Nodata(type, text, null, fill, "GDAL_NODATA " + shown + " does not fit " + type
                    + "; ignored as GDAL does");
        }
        double truncated = parsed < 0 ? Math.ceil(parsed) : Math.floor(parsed);
        if (truncated < type.min() || truncated > type.max()) {
            return new Nodata(type, text, null, fill, "GDAL_NODATA " + shown + " does not fit " + type
                    + "; ignored as GDAL does");
        }
        String note = truncated != parsed ? "GDAL_NODATA " + shown + " truncated to " + type + " as GDAL's mask does"
                : isPlainNumber(text) ? null : "GDAL_NODATA " + shown;
        return new Nodata(type, text, truncated + 0.0, fill, note); // + 0.0 turns -0.0 into 0.0
    }

    /** The nodata value, empty when the band has none (or GDAL ignores the one it declares). */
    public OptionalDouble optional() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * Whether pixel value {@code v} is nodata as GDAL's nodata mask decides: NaN matches a NaN nodata; integers
     * must be equal; floating-point values need only be close, by GDAL's ARE_REAL_EQUAL ({@code a == b || |a - b|
     * < FLT_EPSILON * |a + b| * 2}, in float arithmetic for float32), so a float32 -9999.001 is nodata -9999.
     */
    public boolean matches(double v) {
        if (value == null) {
            return false;
        }
        if (Double.isNaN(value)) {
            return Double.isNaN(v);
        }
        if (type == DataType.FLOAT32) {
            float a = (float) v;
            float b = value.floatValue();
            return a == b || Math.abs(a - b) < FLT_EPSILON * Math.abs(a + b) * 2;
        }
        if (type == DataType.FLOAT64) {
            return v == value || Math.abs(v - value) < (double) FLT_EPSILON * Math.abs(v + value) * 2;
        }
        return v == value;
    }

    /** Text any reader takes for the same number, so the note need not say how GDAL read it. */
    private static boolean isPlainNumber(String text) {
        return PLAIN.matcher(text).matches();
    }

    /** GDALCopyWord from double: NaN to 0, rounded half away from zero, clamped to the type. */
    private static double copyWord(double v, DataType type) {
        if (type == DataType.FLOAT64) {
            return v;
        }
        if (type == DataType.FLOAT32) {
            return (float) v;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        double rounded = v < 0 ? -Math.floor(-v + 0.5) : Math.floor(v + 0.5);
        return Math.max(type.min(), Math.min(type.max(), rounded)) + 0.0;
    }
}
