package nunatak.plan;

import java.util.ArrayList;
import java.util.List;
import nunatak.array.IndexMap;
import nunatak.array.Zones;
import nunatak.blocks.AxisNeed;
import nunatak.blocks.BlockRef;
import nunatak.blocks.LayerBlocks;
import nunatak.blocks.Rect;
import nunatak.geom.CentreMask;
import nunatak.geom.MaskRuns;
import nunatak.tiff.Window;
import org.locationtech.jts.geom.Envelope;

/**
 * Tasks of zonal statistics: chunk windows over the zones' extent within the view, each shrunk to the pixels some
 * zone holds there and cut by bytes like any window; a task reads only the blocks that hold a zone pixel (or its
 * halo), so a basin reads the blocks it covers and no others.
 */
final class ZonalPlanner {
    private ZonalPlanner() {
    }

    /** The source pixels the zones hold within the view, as a rectangle (empty when none). */
    static Rect extent(Reduction.Zonal z) {
        Envelope e = new Envelope();
        for (Zones.Zone zone : z.zones().zones()) {
            e.expandToInclude(zone.geometry().getEnvelopeInternal());
        }
        if (e.isNull()) {
            return new Rect(0, 0, 0, 0);
        }
        int c0 = (int) Math.floor(z.grid().fractionalCol(e.getMinX()));
        int c1 = (int) Math.ceil(z.grid().fractionalCol(e.getMaxX()));
        int r0 = (int) Math.floor(z.grid().fractionalRow(e.getMaxY()));
        int r1 = (int) Math.ceil(z.grid().fractionalRow(e.getMinY()));
        return new Rect(r0, r1, c0, c1).intersect(z.view());
    }

    static List<TaskDraft> plan(Stage s, Reduction.Zonal z, List<LayerBlocks> layers) {
        int h = s.expr().halo();
        Rect extent = extent(z);
        LayerBlocks first = layers.get(0);
        int[] rowEdges = StagePlanner.chunkEdges(first.rowCuts(extent.row0(), extent.row1()), s.chunkRows());
        int[] colEdges = StagePlanner.chunkEdges(first.colCuts(extent.col0(), extent.col1()), s.chunkCols());
        Rect grid = new Rect(0, s.sourceRows(), 0, s.sourceCols());
        IndexMap all = IndexMap.identity(Math.max(s.sourceRows(), s.sourceCols()));
        List<TaskDraft> out = new ArrayList<>();
        for (int ri = 0; ri + 1 < rowEdges.length; ri++) {
            for (int ci = 0; ci + 1 < colEdges.length; ci++) {
                Rect held = held(z, new Rect(rowEdges[ri], rowEdges[ri + 1], colEdges[ci], colEdges[ci + 1]));
                if (held.isEmpty()) {
                    continue;
                }
                for (int[] part : TaskSplit.split(first, held, all, new int[] {held.row0(), held.row1()}, all,
                        new int[] {held.col0(), held.col1()}, StagePlanner.MAX_TASK_BYTES)) {
                    Rect r = held(z, new Rect(part[0], part[1], part[2], part[3]));
                    if (r.isEmpty()) {
                        continue;
                    }
                    List<MaskRuns> runs = runs(z, r);
                    Rect read = r.grow(h).intersect(grid);
                    List<List<BlockRef>> blocks = new ArrayList<>();
                    for (LayerBlocks l : layers) {
                        List<BlockRef> kept = new ArrayList<>();
                        for (BlockRef b : l.blocks(read, AxisNeed.all(grid.row1()), AxisNeed.all(grid.col1()))) {
                            if (touches(runs, l.blockRect(b).grow(h))) {
                                kept.add(b);
                            }
                        }
                        blocks.add(kept);
                    }
                    out.add(new TaskDraft(r.row0(), r.row1(), r.col0(), r.col1(), null, blocks));
                }
            }
        }
        return out;
    }

    /** The smallest rectangle of {@code window} (within the view) holding every zone pixel in it. */
    private static Rect held(Reduction.Zonal z, Rect window) {
        Rect w = window.intersect(z.view());
        if (w.isEmpty()) {
            return w;
        }
        int r0 = Integer.MAX_VALUE;
        int r1 = Integer.MIN_VALUE;
        int c0 = Integer.MAX_VALUE;
        int c1 = Integer.MIN_VALUE;
        for (MaskRuns m : runs(z, w)) {
            for (int r = 0; r < w.row1() - w.row0(); r++) {
                for (int k = m.firstRun(r); k < m.firstRun(r + 1); k++) {
                    r0 = Math.min(r0, w.row0() + r);
                    r1 = Math.max(r1, w.row0() + r + 1);
                    c0 = Math.min(c0, m.start(k));
                    c1 = Math.max(c1, m.end(k));
                }
            }
        }
        return r1 < r0 ? new Rect(0, 0, 0, 0) : new Rect(r0, r1, c0, c1);
    }

    private static List<MaskRuns> runs(Reduction.Zonal z, Rect w) {
        Window win = new Window(w.col0(), w.row0(), w.col1() - w.col0(), w.row1() - w.row0());
        List<MaskRuns> out = new ArrayList<>();
        for (Zones.Zone zone : z.zones().zones()) {
            out.add(CentreMask.of(zone.geometry(), z.grid()).runs(win));
        }
        return out;
    }

    /** Whether some run lies in the rectangle. */
    private static boolean touches(List<MaskRuns> runs, Rect r) {
        for (MaskRuns m : runs) {
            Window w = m.window();
            for (int row = Math.max(r.row0(), w.row()); row < Math.min(r.row1(), w.endRow()); row++) {
                int i = row - w.row();
                for (int k = m.firstRun(i); k < m.firstRun(i + 1); k++) {
                    if (m.start(k) < r.col1() && m.end(k) > r.col0()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
