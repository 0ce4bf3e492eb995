package nunatak.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nunatak.array.ZonalPartials;
import nunatak.array.Zones;
import nunatak.geom.CentreMask;
import nunatak.geom.MaskRuns;
import nunatak.tiff.Window;

/**
 * A task's share of zonal statistics: for its window, each zone's centre mask (computed here, so the task carries
 * only geometries), and the pixels some zone holds in each row evaluated once (the union of the zones' runs) and
 * added run by run.
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
        double[] values = new double[c1 - c0];
        int[] spans = new int[16];
        for (int r = 0; r < r1 - r0; r++) {
            int n = 0;
            for (MaskRuns m : runs) {
                for (int k = m.firstRun(r); k < m.firstRun(r + 1); k++) {
                    if (2 * n + 2 > spans.length) {
                        spans = Arrays.copyOf(spans, 2 * spans.length);
                    }
                    spans[2 * n] = m.start(k);
                    spans[2 * n + 1] = m.end(k);
                    n++;
                }
            }
            // Only the zones' pixels are read: the planner fetched the blocks that hold them, not every block the
            // row crosses (a concave zone or two zones side by side leave blocks between them unread).
            for (int[] span : merged(spans, n)) {
                src.row(r0 + r, span[0], 1, span[1] - span[0], values);
                for (int i = 0; i < runs.length; i++) {
                    MaskRuns m = runs[i];
                    for (int k = m.firstRun(r); k < m.firstRun(r + 1); k++) {
                        if (m.start(k) >= span[0] && m.end(k) <= span[1]) {
                            out.add(i, values, m.start(k) - span[0], m.end(k) - span[0]);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The union of {@code n} column ranges {@code [start, end)} given as pairs, as disjoint ranges in order. */
    private static List<int[]> merged(int[] pairs, int n) {
        int[][] sorted = new int[n][];
        for (int k = 0; k < n; k++) {
            sorted[k] = new int[] {pairs[2 * k], pairs[2 * k + 1]};
        }
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
