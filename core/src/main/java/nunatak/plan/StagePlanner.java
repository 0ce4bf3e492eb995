package nunatak.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nunatak.array.IndexMap;
import nunatak.blocks.AxisNeed;
import nunatak.blocks.BlockRef;
import nunatak.blocks.DecodedBlockCache;
import nunatak.blocks.LayerBlocks;
import nunatak.blocks.Rect;
import nunatak.blocks.TaskLayer;

/**
 * Turns a stage into tasks. The needed region is cut into chunk windows whose edges lie on block edges (so in a
 * mosaic of abutting tiles no block is split between tasks, whatever the chunk size), and a window whose blocks hold
 * more than {@link #MAX_TASK_BYTES} of compressed data is cut again into bands of block rows. A task reads only the
 * blocks that hold a needed pixel or its halo. Blocks that more than one task reads (a neighbourhood's halo,
 * overlapping tiles) go through the per-JVM block cache; a stage smaller than half the cache caches everything.
 * Decoded blocks are kept for later jobs by the {@link DecodedBlockCache}, unless the stage's blocks exceed its
 * budget (a scan).
 */
final class StagePlanner {
    /**
     * Compressed bytes one task may hold. A task's bytes live from fetch to compute, and the collector copies
     * whatever is live: against 32 MiB, 8 MiB cut GC pauses of a coarsen of REMA tiles over HTTP from 13 % of
     * its time to 4 % and its resident memory by 40 %; 4 MiB was slower again. 8 MiB is still a large request
     * for S3 and GCS.
     */
    static final long MAX_TASK_BYTES = 8L << 20;

    private StagePlanner() {
    }

    static List<StageTask> plan(Stage s) {
        Rect needed = s.neededRect();
        if (needed.isEmpty()) {
            return List.of();
        }
        List<LayerBlocks> layers = new ArrayList<>();
        for (var l : s.layers()) {
            layers.add(LayerBlocks.open(l, needed));
        }
        List<TaskDraft> drafts = s.reduction() instanceof Reduction.Sample sample ? SamplePlanner.plan(s, sample, layers)
                : s.reduction() instanceof Reduction.Zonal z ? ZonalPlanner.plan(s, z, layers) : windows(s, layers);
        return describe(s, layers, drafts);
    }

    private static List<TaskDraft> windows(Stage s, List<LayerBlocks> layers) {
        int h = s.expr().halo();
        IndexMap rm = s.rowMap();
        IndexMap cm = s.colMap();
        int used = s.usedRows();
        int usedC = s.usedCols();
        LayerBlocks first = layers.get(0);
        int[] rowEdges = chunkEdges(first.rowCuts(rm.start(), rm.at(used - 1) + 1), s.chunkRows());
        int[] colEdges = chunkEdges(first.colCuts(cm.start(), cm.at(usedC - 1) + 1), s.chunkCols());
        Rect grid = new Rect(0, s.sourceRows(), 0, s.sourceCols());
        List<TaskDraft> out = new ArrayList<>();
        for (int ri = 0; ri + 1 < rowEdges.length; ri++) {
            int[] ks = clip(rm.within(rowEdges[ri], rowEdges[ri + 1]), used);
            for (int ci = 0; ks[0] < ks[1] && ci + 1 < colEdges.length; ci++) {
                int[] js = clip(cm.within(colEdges[ci], colEdges[ci + 1]), usedC);
                if (js[0] >= js[1]) {
                    continue;
                }
                Rect window = new Rect(rowEdges[ri], rowEdges[ri + 1], colEdges[ci], colEdges[ci + 1]);
                for (int[] part : TaskSplit.split(first, window, rm, ks, cm, js, MAX_TASK_BYTES)) {
                    AxisNeed rows = new AxisNeed(rm.at(part[0]), rm.step(), part[1] - part[0], h);
                    AxisNeed cols = new AxisNeed(cm.at(part[2]), cm.step(), part[3] - part[2], h);
                    Rect read = new Rect(rm.at(part[0]), rm.at(part[1] - 1) + 1, cm.at(part[2]), cm.at(part[3] - 1) + 1)
                            .grow(h).intersect(grid);
                    List<List<BlockRef>> blocks = new ArrayList<>();
                    for (LayerBlocks l : layers) {
                        blocks.add(l.blocks(read, rows, cols));
                    }
                    out.add(new TaskDraft(part[0], part[1], part[2], part[3], null, blocks));
                }
            }
        }
        return out;
    }

    /** Window edges about {@code chunk} apart, each on a cut (a block edge) whenever one lies between. */
    static int[] chunkEdges(int[] cuts, int chunk) {
        List<Integer> edges = new ArrayList<>();
        edges.add(cuts[0]);
        int end = cuts[cuts.length - 1];
        int i = 0;
        while (edges.get(edges.size() - 1) < end) {
            int prev = edges.get(edges.size() - 1);
            long target = (long) prev + Math.max(1, chunk);
            int best = -1;
            while (i + 1 < cuts.length && cuts[i + 1] <= target) {
                i++;
            }
            best = cuts[i] > prev ? cuts[i] : cuts[Math.min(i + 1, cuts.length - 1)];
            edges.add(best);
        }
        return edges.stream().mapToInt(Integer::intValue).toArray();
    }

    static int[] clip(int[] ks, int limit) {
        return new int[] {Math.min(ks[0], limit), Math.min(ks[1], limit)};
    }

    /** Descriptors for the drafts; blocks read by several tasks are marked for the block cache. */
    private static List<StageTask> describe(Stage s, List<LayerBlocks> layers, List<TaskDraft> drafts) {
        Map<List<Integer>, Integer> uses = new HashMap<>();
        long total = 0;
        long decoded = 0;
        for (TaskDraft d : drafts) {
            for (int l = 0; l < layers.size(); l++) {
                for (BlockRef b : d.blocks().get(l)) {
                    if (uses.merge(List.of(l, b.tile(), b.bx(), b.by()), 1, Integer::sum) == 1) {
                        decoded += layers.get(l).decodedBytes(b);
                    }
                    total += b.bytes();
                }
            }
        }
        long cacheBytes = s.layers().get(0).options().cacheBytes();
        boolean cacheAll = total <= cacheBytes / 2; // a larger stage is a scan: its blocks would only evict each other
        boolean scan = decoded > DecodedBlockCache.shared().capacity();
        List<StageTask> tasks = new ArrayList<>();
        for (TaskDraft d : drafts) {
            List<TaskLayer> tls = new ArrayList<>();
            for (int l = 0; l < layers.size(); l++) {
                int layer = l;
                List<BlockRef> blocks = d.blocks().get(l);
                boolean[] cache = new boolean[blocks.size()];
                for (int i = 0; i < cache.length; i++) {
                    BlockRef b = blocks.get(i);
                    cache[i] = cacheAll || uses.get(List.of(layer, b.tile(), b.bx(), b.by())) > 1;
                }
                tls.add(layers.get(l).forTask(blocks, cache, scan));
            }
            tasks.add(new StageTask(tasks.size(), s, d.k0(), d.k1(), d.j0(), d.j1(), d.points(), tls));
        }
        return tasks;
    }

    /** TaskDrafts of a sampling stage, for {@link SamplePlanner}. */
    static Object draft(int[] points, List<List<BlockRef>> blocks) {
        return new TaskDraft(0, 0, 0, 0, points, blocks);
    }
}
