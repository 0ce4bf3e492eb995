package nunatak.blocks;

import java.io.Serializable;

/**
 * Which positions along one axis a computation needs: those of a strided map ({@code start + step·k}, as a view
 * selects them), each widened by a halo of {@code halo} pixels for neighbourhood operations.
 */
public record AxisNeed(int start, int step, int count, int halo) implements Serializable {

    public AxisNeed {
        if (step < 1 || count < 0 || halo < 0) {
            throw new IllegalArgumentException("axis need " + start + ", " + step + ", " + count + ", " + halo);
        }
    }

    public static AxisNeed all(int n) {
        return new AxisNeed(0, 1, n, 0);
    }

    /** The last needed position plus one, halo included. */
    public int end() {
        return count == 0 ? start : start + step * (count - 1) + 1 + halo;
    }

    public int first() {
        return start - halo;
    }

    /** Whether some needed position (halo included) lies in {@code [from, to)}. */
    public boolean meets(int from, int to) {
        if (count == 0 || to <= from) {
            return false;
        }
        // the needed intervals are [start + step·k - halo, start + step·k + halo]
        long lo = (long) from - halo - start;
        long k = lo <= 0 ? 0 : (lo + step - 1) / step;
        return k < count && start + step * k - halo < to;
    }
}
