package nunatak.tiff;

/**
 * TIFF Compression tag values nunatak reads. The lossless ones are also written; JPEG and WebP (the lossy
 * codecs GDAL writes for imagery) are only read.
 *
 * <pre>{@code
 * Compression c = GeoTiff.open("dem.tif").level(0).compression();   // LZW
 * Compression.parse("zstd").writable();                              // true: CogWriter writes it
 * }</pre>
 */
public enum Compression {
    NONE(1, "NONE", true),
    LZW(5, "LZW", true),
    DEFLATE(8, "DEFLATE", true),
    PACKBITS(32773, "PACKBITS", true),
    ZSTD(50000, "ZSTD", true),
    /** "New-style" JPEG (TIFF Technical Note 2), with the tables shared in JPEGTables (347). */
    JPEG(7, "JPEG", false),
    WEBP(50001, "WEBP", false);

    private final int code;
    private final String label;
    private final boolean writable;

    Compression(int code, String label, boolean writable) {
        this.code = code;
        this.label = label;
        this.writable = writable;
    }

    /** Whether {@link CogWriter} can write it. */
    public boolean writable() {
        return writable;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The codec for a tag value (32946, the old Adobe DEFLATE code, is DEFLATE), or null. */
    public static Compression of(int code) {
        if (code == 32946) {
            return DEFLATE;
        }
        for (Compression c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }

    /** A compression the writer supports, by name. */
    public static Compression parse(String label) {
        for (Compression c : values()) {
            if (c.writable && (c.label.equalsIgnoreCase(label) || c.name().equalsIgnoreCase(label))) {
                return c;
            }
        }
        throw new nunatak.InvalidArgumentException("unknown compression '" + label
                + "'; use one of NONE, LZW, DEFLATE, PACKBITS, ZSTD");
    }

    /** Names of well-known codes we do not decode, for error messages. */
    static String nameOfUnsupported(int code) {
        return switch (code) {
            case 2 -> "CCITT RLE";
            case 3 -> "CCITT Group 3";
            case 4 -> "CCITT Group 4";
            case 6 -> "old-style JPEG";
            case 34712 -> "JPEG 2000";
            case 34887 -> "LERC";
            case 34925 -> "LZMA";
            case 50002 -> "JPEG XL";
            default -> "unknown";
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
