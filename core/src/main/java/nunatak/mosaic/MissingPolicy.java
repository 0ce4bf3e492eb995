package nunatak.mosaic;

/** What to do with a tile that does not exist (HTTP 404, no such key, no such file). */
public enum MissingPolicy {
    /** Fill its place with NaN and warn once, listing every missing tile (the notebook's behaviour). */
    NAN,
    /** Fail, naming every missing tile. */
    ERROR
}
