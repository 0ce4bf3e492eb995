package nunatak.plan;

import nunatak.array.PixelSampling;
import nunatak.blocks.Rect;

/** Where sample points need pixels. */
final class Sampling {
    private Sampling() {
    }

    /** The smallest rectangle holding every pixel the points read (empty when none is inside the grid). */
    static Rect bounds(Reduction.Sample s, int rows, int cols) {
        int r0 = Integer.MAX_VALUE;
        int r1 = Integer.MIN_VALUE;
        int c0 = Integer.MAX_VALUE;
        int c1 = Integer.MIN_VALUE;
        for (int i = 0; i < s.rowPos().length; i++) {
            int[] f = PixelSampling.footprint(rows, cols, s.rowPos()[i], s.colPos()[i], s.method());
            if (f != null) {
                r0 = Math.min(r0, f[0]);
                r1 = Math.max(r1, f[1] + 1);
                c0 = Math.min(c0, f[2]);
                c1 = Math.max(c1, f[3] + 1);
            }
        }
        return r1 < r0 ? new Rect(0, 0, 0, 0) : new Rect(r0, r1, c0, c1);
    }
}
