package nunatak.array;

/** NaN-skipping reductions of {@code coarsen}, with xarray's results for all-NaN windows. */
public enum Reducer {
    /** Mean of the valid values; NaN when there are none. */
    MEAN,
    /** Sum of the valid values; 0 when there are none (numpy's nansum). */
    SUM,
    MIN,
    MAX,
    /** Population standard deviation (ddof = 0) of the valid values. */
    STD,
    /** Number of valid values. */
    COUNT;

    public Dtype resultType(Dtype in) {
        return switch (this) {
            case COUNT -> Dtype.INT64;
            case MIN, MAX -> in;
            case SUM -> in.isFloating() ? in : Dtype.INT64;
            case MEAN, STD -> in == Dtype.FLOAT32 ? Dtype.FLOAT32 : Dtype.FLOAT64;
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Reducer parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new nunatak.InvalidArgumentException("unknown reducer '" + s + "'; use mean, sum, min, max, std or count");
        }
    }
}
