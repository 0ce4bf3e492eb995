package nunatak.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nunatak.analysis.PixelFootprint;
import nunatak.analysis.PointSampler;
import nunatak.blocks.AxisNeed;
import nunatak.blocks.BlockRef;
import nunatak.blocks.LayerBlocks;
import nunatak.blocks.Rect;

/**
 * Tasks of a sampling stage: points grouped by the chunk window that holds them, block by block inside each (block
 * rows top to bottom, as tasks decode them), a group cut where its blocks would pass the task byte limit. A task reads only the blocks
 * that hold a pixel some point needs (with the halo of a neighbourhood), so a million points over a region read
 * each needed block once, and a line reads only the blocks it passes through.
 */
final class SamplePlanner {
    private SamplePlanner() {
    }

    static List<TaskDraft> plan(Stage s, Reduction.Sample sample, List<LayerBlocks> layers) {
        int h = s.expr().halo();
        int rows = s.sourceRows();
        int cols = s.sourceCols();
        Rect needed = s.neededRect();
        LayerBlocks first = layers.get(0);
        int[] rowEdges = StagePlanner.chunkEdges(first.rowCuts(needed.row0(), needed.row1()), s.chunkRows());
        int[] colEdges = StagePlanner.chunkEdges(first.colCuts(needed.col0(), needed.col1()), s.chunkCols());
        int n = sample.x().length;
        int[][] foot = new int[n][];
        PointSampler sampler = sample.sampler(rows, cols);
        List<List<Integer>> byWindow = new ArrayList<>();
        int windowsAcross = colEdges.length - 1;
        for (int w = 0; w < (rowEdges.length - 1) * windowsAcross; w++) {
            byWindow.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            PixelFootprint f = sampler.footprint(sample.x()[i], sample.y()[i]);
            foot[i] = f == null ? null : new int[] {(int) f.row(), (int) f.row() + f.rows() - 1, (int) f.col(),
                    (int) f.col() + f.cols() - 1};
            if (foot[i] != null) {
                int ri = edgeIndex(rowEdges, foot[i][0]);
                int ci = edgeIndex(colEdges, foot[i][2]);
                byWindow.get(ri * windowsAcross + ci).add(i);
            }
        }
        List<TaskDraft> out = new ArrayList<>();
        for (int w = 0; w < byWindow.size(); w++) {
            List<Integer> pts = byWindow.get(w);
            if (pts.isEmpty()) {
                continue;
            }
            Rect window = new Rect(rowEdges[w / windowsAcross], rowEdges[w / windowsAcross + 1],
                    colEdges[w % windowsAcross], colEdges[w % windowsAcross + 1]).grow(h + 1)
                    .intersect(new Rect(0, rows, 0, cols));
            // Block by block (block rows top to bottom, then the blocks of a row left to right), not point row by
            // point row: a task cut at the byte limit then ends between blocks, so no block is fetched by two tasks.
            // Sorted by pixel rows, a window wider than the limit had every block of a block row read by each of
            // the several tasks its rows were cut into (5 times over for random points on REMA's 8 m tiles).
            int[] rowCuts = first.rowCuts(window.row0(), window.row1());
            int[] colCuts = first.colCuts(window.col0(), window.col1());
            pts.sort(Comparator.comparingInt((Integer i) -> edgeIndex(rowCuts, foot[i][0]))
                    .thenComparingInt(i -> edgeIndex(colCuts, foot[i][2]))
                    .thenComparingInt(i -> foot[i][0]).thenComparingInt(i -> foot[i][2]));
            group(pts, foot, h, window, layers, out);
        }
        return out;
    }

    /** Cuts a window's points into tasks of bounded bytes, each with the blocks its points need. */
    private static void group(List<Integer> pts, int[][] foot, int h, Rect window, List<LayerBlocks> layers,
                              List<TaskDraft> out) {
        List<List<BlockRef>> candidates = new ArrayList<>();
        for (LayerBlocks l : layers) {
            candidates.add(l.blocks(window, AxisNeed.all(window.row1()), AxisNeed.all(window.col1())));
        }
        List<Integer> current = new ArrayList<>();
        List<Set<BlockRef>> blocks = fresh(layers.size());
        long bytes = 0;
        for (int p : pts) {
            Rect need = new Rect(foot[p][0], foot[p][1] + 1, foot[p][2], foot[p][3] + 1).grow(h);
            List<Set<BlockRef>> add = fresh(layers.size());
            long more = 0;
            for (int l = 0; l < layers.size(); l++) {
                for (BlockRef b : candidates.get(l)) {
                    if (!blocks.get(l).contains(b) && layers.get(l).blockRect(b).intersect(need).pixels() > 0
                            && add.get(l).add(b)) {
                        more += b.bytes();
                    }
                }
            }
            if (!current.isEmpty() && bytes + more > StagePlanner.MAX_TASK_BYTES) {
                out.add(draft(current, blocks));
                current = new ArrayList<>();
                blocks = fresh(layers.size());
                bytes = 0;
                for (int l = 0; l < layers.size(); l++) {
                    for (BlockRef b : candidates.get(l)) {
                        if (layers.get(l).blockRect(b).intersect(need).pixels() > 0) {
                            add.get(l).add(b);
                        }
                    }
                }
                more = add.stream().flatMap(Set::stream).mapToLong(BlockRef::bytes).sum();
            }
            current.add(p);
            for (int l = 0; l < layers.size(); l++) {
                blocks.get(l).addAll(add.get(l));
            }
            bytes += more;
        }
        out.add(draft(current, blocks));
    }

    private static TaskDraft draft(List<Integer> points, List<Set<BlockRef>> blocks) {
        List<List<BlockRef>> lists = new ArrayList<>();
        for (Set<BlockRef> b : blocks) {
            List<BlockRef> sorted = new ArrayList<>(b);
            sorted.sort(Comparator.comparingInt(BlockRef::tile).thenComparingInt(BlockRef::by)
                    .thenComparingInt(BlockRef::bx));
            lists.add(sorted);
        }
        return new TaskDraft(0, 0, 0, 0, points.stream().mapToInt(Integer::intValue).toArray(), lists);
    }

    private static List<Set<BlockRef>> fresh(int n) {
        List<Set<BlockRef>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new LinkedHashSet<>());
        }
        return out;
    }

    /** The window {@code i} with {@code edges[i] <= v < edges[i + 1]} (the last one for the far edge). */
    private static int edgeIndex(int[] edges, int v) {
        int i = Arrays.binarySearch(edges, v);
        int at = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(edges.length - 2, at));
    }
}
