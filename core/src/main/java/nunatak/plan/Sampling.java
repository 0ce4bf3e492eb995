package nunatak.plan;

import nunatak.analysis.PixelFootprint;
import nunatak.analysis.PointSampler;
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
        PointSampler sampler = s.sampler(rows, cols);
        for (int i = 0; i < s.x().length; i++) {
            PixelFootprint f = sampler.footprint(s.x()[i], s.y()[i]);
            if (f != null) {
                r0 = Math.min(r0, (int) f.row());
                r1 = Math.max(r1, (int) f.row() + f.rows());
                c0 = Math.min(c0, (int) f.col());
                c1 = Math.max(c1, (int) f.col() + f.cols());
            }
        }
        return r1 < r0 ? new Rect(0, 0, 0, 0) : new Rect(r0, r1, c0, c1);
    }
}
