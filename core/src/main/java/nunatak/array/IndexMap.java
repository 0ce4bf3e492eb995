package nunatak.array;

import java.io.Serializable;

/** Positions {@code start + step·k} for {@code k} in {@code [0, count)}: how a view's axis maps to its parent's. */
public record IndexMap(int start, int step, int count) implements Serializable {

    public IndexMap {
        if (step < 1 || count < 0 || start < 0) {
            throw new IllegalArgumentException("index map " + start + ", " + step + ", " + count);
        }
    }

    public static IndexMap identity(int n) {
        return new IndexMap(0, 1, n);
    }

    public int at(int k) {
        return start + step * k;
    }

    /** This map applied after {@code inner}: parent position of k is {@code inner.at(this.at(k))}. */
    public IndexMap over(IndexMap inner) {
        return new IndexMap(inner.at(start), inner.step * step, count);
    }

    /** The first k whose position is {@code >= pos} (may be {@code count}). */
    public int firstAtOrAfter(int pos) {
        if (pos <= start) {
            return 0;
        }
        int k = (pos - start + step - 1) / step;
        return Math.min(k, count);
    }

    /** The k whose positions fall in {@code [from, to)}, as {@code [k0, k1)}. */
    public int[] within(int from, int to) {
        return new int[] {firstAtOrAfter(from), firstAtOrAfter(to)};
    }

}
