package nunatak.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nunatak.array.ZonalPartials;
import nunatak.array.Zones;
import nunatak.geom.CentreMask;
import nunatak.geom.MaskRuns;
import nunatak.tiff.Window;

/**
 * A task's share of zonal statistics: for its window, each zone's centre mask (computed here, so the task carries
 * only geometries), and every row that some zone holds evaluated once, only across the spans zones hold (the plan
 * fetched only the blocks those spans and their halo meet), then added run by run.
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
        double[] row = new double[c1 - c0];
        double[] span = new double[c1 - c0];
        List<int[]> held = new ArrayList<>();
        for (int r = 0; r < r1 - r0; r++) {
            held.clear();
            for (MaskRuns m : runs) {
                for (int k = m.firstRun(r); k < m.firstRun(r + 1); k++) {
                    held.add(new int[] {m.start(k), m.end(k)});
                }
            }
            if (held.isEmpty()) {
                continue;
            }
            held.sort(Comparator.comparingInt(a -> a[0]));
            int from = held.get(0)[0];
            int to = held.get(0)[1];
            for (int[] run : held) {
                if (run[0] > to) {
                    read(src, r0 + r, from, to, c0, row, span);
                    from = run[0];
                }
                to = Math.max(to, run[1]);
            }
            read(src, r0 + r, from, to, c0, row, span);
            for (int i = 0; i < runs.length; i++) {
                MaskRuns m = runs[i];
                for (int k = m.firstRun(r); k < m.firstRun(r + 1); k++) {
                    out.add(i, row, m.start(k) - c0, m.end(k) - c0);
                }
            }
        }
        return out;
    }

    /** Columns {@code [from, to)} of source row {@code r} into {@code row} (which starts at column {@code c0}). */
    private static void read(RowSource src, int r, int from, int to, int c0, double[] row, double[] span) {
        src.row(r, from, 1, to - from, span);
        System.arraycopy(span, 0, row, from - c0, to - from);
    }
}
