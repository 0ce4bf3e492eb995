package nunatak.array;

/** How a value is taken at a point between pixel centres. */
public enum SampleMethod {
    /** The pixel whose area holds the point. */
    NEAREST,
    /** The four pixel centres around the point, weighted by distance; NaN if any of them is NaN. */
    BILINEAR;

    public static SampleMethod parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "nearest" -> NEAREST;
            case "bilinear" -> BILINEAR;
            default -> throw new nunatak.InvalidArgumentException("--method must be bilinear or nearest, not '" + s + "'");
        };
    }
}
