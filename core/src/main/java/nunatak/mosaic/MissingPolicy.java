package nunatak.mosaic;

/**
 * What to do with a tile that does not exist (HTTP 404, no such key, no such file).
 *
 * <pre>{@code
 * try {
 *     DataArray.open(MosaicSpec.of(template).rows("40:37").cols("20:23").withOnMissing(MissingPolicy.ERROR));
 * } catch (NotFoundException e) {
 *     e.getMessage();   // 1 of 16 tiles do not exist: 38_21 (.../38_21_400m_dem_COG_LZW.tif) ...
 * }
 * }</pre>
 */
public enum MissingPolicy {
    /** Fill its place with NaN and warn once, listing every missing tile (the notebook's behaviour). */
    NAN,
    /** Fail, naming every missing tile. */
    ERROR
}
