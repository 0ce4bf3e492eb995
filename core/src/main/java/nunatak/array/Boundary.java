package nunatak.array;

/**
 * What {@code coarsen} does when the window does not divide the length, as in xarray.
 *
 * <pre>{@code
 * DataArray padded = dem.coarsen(Map.of("y", 300, "x", 300), Boundary.PAD).mean();   // 4 x 4: the last cells partial
 * DataArray trimmed = dem.coarsen(Map.of("y", 300, "x", 300)).mean();                // 3 x 3: TRIM is the default
 * }</pre>
 */
public enum Boundary {
    /** Drop the incomplete window at the end. */
    TRIM,
    /** Pad the end with NaN and reduce the partial window over its valid values. */
    PAD,
    /** Refuse: the length must be a multiple of the window. */
    EXACT;

    public static Boundary parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new nunatak.InvalidArgumentException("unknown boundary '" + s + "'; use trim, pad or exact");
        }
    }
}
