package nunatak.tiff;

/** TIFF Compression tag values; the first five are read and written by nunatak. */
public enum Compression {
    NONE(1, "NONE"),
    LZW(5, "LZW"),
    DEFLATE(8, "DEFLATE"),
    PACKBITS(32773, "PACKBITS"),
    ZSTD(50000, "ZSTD");

    private final int code;
    private final String label;

    Compression(int code, String label) {
        this.code = code;
        this.label = label;
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

    public static Compression parse(String label) {
        for (Compression c : values()) {
            if (c.label.equalsIgnoreCase(label) || c.name().equalsIgnoreCase(label)) {
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
            case 6, 7 -> "JPEG";
            case 34712 -> "JPEG 2000";
            case 34887 -> "LERC";
            case 34925 -> "LZMA";
            case 50001 -> "WEBP";
            case 50002 -> "JPEG XL";
            default -> "unknown";
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
