package nunatak.array;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * A positional slice with Python semantics: {@code start} inclusive, {@code stop} exclusive, null for open
 * ends, negative values counting from the end, {@code step >= 1}.
 *
 * <pre>{@code
 * dem.isel("x", Slice.of(0, 1000));         // da.isel(x=slice(0, 1000))
 * dem.isel("y", new Slice(null, null, 10)); // da.isel(y=slice(None, None, 10))
 * }</pre>
 */
public record Slice(Integer start, Integer stop, int step) implements Serializable {

    public Slice {
        if (step < 1) {
            throw new InvalidArgumentException("slice step must be >= 1, got " + step);
        }
    }

    public static Slice of(int start, int stop) {
        return new Slice(start, stop, 1);
    }

    public static Slice all() {
        return new Slice(null, null, 1);
    }

    /** Resolves against an axis of {@code length}, clamping like Python does. */
    public IndexMap resolve(int length) {
        int s = start == null ? 0 : start < 0 ? Math.max(0, length + start) : Math.min(start, length);
        int e = stop == null ? length : stop < 0 ? Math.max(0, length + stop) : Math.min(stop, length);
        int count = e <= s ? 0 : (e - s + step - 1) / step;
        return new IndexMap(count == 0 ? 0 : s, step, count);
    }
}
