package nunatak.plan;

import nunatak.array.ZonalPartials;
import nunatak.array.Zones;
import nunatak.geom.CentreMask;
import nunatak.geom.MaskRuns;
import nunatak.tiff.Window;

/**
 * A task's share of zonal statistics: for its window, each zone's centre mask (computed here, so the task carries
 * only geometries), and the pixels of each run evaluated and added. Only the runs are read, not the window's whole
 * rows: the planner fetches just the blocks that hold a run, so a row's columns between runs (beside a slanted
 * edge, between the parts of a multipolygon) may lie in blocks that were never fetched.
 */
final class ZonalTask {
    private ZonalTask() {
    }

    /** Source rows {@code [r0, r1)} and columns {@code [c0, c1)}. */
    static ZonalPartials compute(RowSource src, Reduction.Zonal z, int r0, int r1, int c0, int c1) {
        Zones zones = z.zones();
        ZonalPartials out = new ZonalPartials(zones.zones().size(), zones.hypsometryBin());
        Window w = new Window(c0, r0, c1 - c0, r1 - r0);
        MaskRuns[] runs = new MaskRuns[zones.zones().size()];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = CentreMask.of(zones.zones().get(i).geometry(), z.grid()).runs(w);
        }
        double[] run = new double[c1 - c0];
        for (int r = 0; r < r1 - r0; r++) {
            for (int i = 0; i < runs.length; i++) {
                MaskRuns m = runs[i];
                for (int k = m.firstRun(r); k < m.firstRun(r + 1); k++) {
                    int n = m.end(k) - m.start(k);
                    src.row(r0 + r, m.start(k), 1, n, run);
                    out.add(i, run, 0, n);
                }
            }
        }
        return out;
    }
}
