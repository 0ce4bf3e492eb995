package nunatak.array;

/**
 * An array's values under a test, to mask another aligned array with: {@code dem.where(count.ge(2))}.
 *
 * <pre>{@code
 * Dataset v2 = Dataset.open(source);
 * DataArray dem = v2.get("dem").where(v2.get("count").ge(2));
 * }</pre>
 */
public record Mask(DataArray array, Condition condition) {
}
