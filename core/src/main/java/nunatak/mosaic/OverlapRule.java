package nunatak.mosaic;

/**
 * Which tile gives a pixel where tiles overlap. Either way a tile's nodata pixels let the other tiles show through
 * (as in a VRT that gdalbuildvrt writes), unless the catalog marks the tile opaque (a VRT SimpleSource). Where the
 * overlapping pixels agree, as REMA v2's buffers do, the rule does not change the result.
 *
 * <pre>{@code
 * LayerOptions firstWins = LayerOptions.DEFAULT.withOverlap(OverlapRule.FIRST);
 * }</pre>
 */
public enum OverlapRule {
    /** The later tile in the catalog's order wins: GDAL VRT's rule, the default. */
    LAST,
    /** The earlier tile wins. */
    FIRST;

    public static OverlapRule parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "last" -> LAST;
            case "first" -> FIRST;
            default -> throw new nunatak.InvalidArgumentException("--overlap must be first or last, not '" + s + "'");
        };
    }
}
