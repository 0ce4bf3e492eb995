package nunatak.tiff;

/**
 * Pixel sample types nunatak reads and writes, named as numpy/rasterio name them.
 *
 * <pre>{@code
 * DataType t = GeoTiff.open("dem.tif").dataType();   // FLOAT32, printed "float32" as numpy names it
 * }</pre>
 */
public enum DataType {
    UINT8("uint8", 8, 1, false),
    INT8("int8", 8, 2, false),
    UINT16("uint16", 16, 1, false),
    INT16("int16", 16, 2, false),
    UINT32("uint32", 32, 1, false),
    INT32("int32", 32, 2, false),
    FLOAT32("float32", 32, 3, true),
    FLOAT64("float64", 64, 3, true);

    private final String label;
    private final int bits;
    private final int sampleFormat;
    private final boolean floating;

    DataType(String label, int bits, int sampleFormat, boolean floating) {
        this.label = label;
        this.bits = bits;
        this.sampleFormat = sampleFormat;
        this.floating = floating;
    }

    public String label() {
        return label;
    }

    public int bits() {
        return bits;
    }

    public int bytes() {
        return bits / 8;
    }

    /** TIFF SampleFormat: 1 unsigned, 2 signed, 3 IEEE floating point. */
    public int sampleFormat() {
        return sampleFormat;
    }

    public boolean isFloating() {
        return floating;
    }

    /** The smallest value of the type (the most negative finite one for floats). */
    public double min() {
        return switch (this) {
            case UINT8, UINT16, UINT32 -> 0;
            case INT8 -> -128;
            case INT16 -> -32768;
            case INT32 -> Integer.MIN_VALUE;
            case FLOAT32 -> -Float.MAX_VALUE;
            case FLOAT64 -> -Double.MAX_VALUE;
        };
    }

    /** The largest value of the type (the largest finite one for floats). */
    public double max() {
        return switch (this) {
            case UINT8 -> 255;
            case INT8 -> 127;
            case UINT16 -> 65535;
            case INT16 -> 32767;
            case UINT32 -> 4294967295.0;
            case INT32 -> Integer.MAX_VALUE;
            case FLOAT32 -> Float.MAX_VALUE;
            case FLOAT64 -> Double.MAX_VALUE;
        };
    }

    /** The type for a SampleFormat (1 = uint, 2 = int, 3 = float, 4 = void) and BitsPerSample, or null. */
    public static DataType of(int sampleFormat, int bits) {
        int fmt = sampleFormat == 4 ? 1 : sampleFormat;
        for (DataType t : values()) {
            if (t.sampleFormat == fmt && t.bits == bits) {
                return t;
            }
        }
        return null;
    }

    public static DataType parse(String label) {
        for (DataType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new nunatak.InvalidArgumentException("unknown data type '" + label + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
