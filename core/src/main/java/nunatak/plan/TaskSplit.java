package nunatak.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nunatak.array.IndexMap;
import nunatak.blocks.AxisNeed;
import nunatak.blocks.BlockRef;
import nunatak.blocks.LayerBlocks;
import nunatak.blocks.Rect;

/**
 * Cuts a chunk window into tasks of bounded compressed bytes, along block edges: first into strips of block columns
 * narrow enough that one block row of a strip stays under the limit, then each strip into bands of block rows. A
 * single block larger than the limit is a task of its own.
 */
final class TaskSplit {
    private TaskSplit() {
    }

    /** Grid position ranges {@code {k0, k1, j0, j1}} covering {@code ks x js}. */
    static List<int[]> split(LayerBlocks blocks, Rect window, IndexMap rm, int[] ks, IndexMap cm, int[] js, long max) {
        int[] rowCuts = blocks.rowCuts(window.row0(), window.row1());
        int[] colCuts = blocks.colCuts(window.col0(), window.col1());
        long[][] bytes = new long[rowCuts.length - 1][colCuts.length - 1];
        long total = 0;
        AxisNeed rows = new AxisNeed(rm.at(ks[0]), rm.step(), ks[1] - ks[0], 0);
        AxisNeed cols = new AxisNeed(cm.at(js[0]), cm.step(), js[1] - js[0], 0);
        for (BlockRef b : blocks.blocks(window, rows, cols)) {
            Rect r = blocks.blockRect(b).intersect(window);
            bytes[segment(rowCuts, r.row0())][segment(colCuts, r.col0())] += b.bytes();
            total += b.bytes();
        }
        List<int[]> out = new ArrayList<>();
        if (total <= max) {
            out.add(new int[] {ks[0], ks[1], js[0], js[1]});
            return out;
        }
        for (int[] strip : strips(bytes, max)) {
            int[] sj = range(cm, colCuts[strip[0]], colCuts[strip[1]], js);
            if (sj[0] >= sj[1]) {
                continue;
            }
            int start = -1;
            long acc = 0;
            for (int rs = 0; rs < rowCuts.length - 1; rs++) {
                int[] sk = range(rm, rowCuts[rs], rowCuts[rs + 1], ks);
                if (sk[0] >= sk[1]) {
                    continue;
                }
                long b = 0;
                for (int cs = strip[0]; cs < strip[1]; cs++) {
                    b += bytes[rs][cs];
                }
                if (start >= 0 && acc + b > max) {
                    out.add(new int[] {start, sk[0], sj[0], sj[1]});
                    start = -1;
                    acc = 0;
                }
                if (start < 0) {
                    start = sk[0];
                }
                acc += b;
            }
            if (start >= 0) {
                out.add(new int[] {start, ks[1], sj[0], sj[1]});
            }
        }
        return out;
    }

    /** Column segments {@code [a, b)} grouped so that no row segment of a group holds more than {@code max}. */
    private static List<int[]> strips(long[][] bytes, long max) {
        int nc = bytes.length == 0 ? 0 : bytes[0].length;
        long[] rowSums = new long[bytes.length];
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int cs = 0; cs < nc; cs++) {
            boolean over = false;
            for (int rs = 0; rs < bytes.length; rs++) {
                over |= rowSums[rs] + bytes[rs][cs] > max;
            }
            if (over && cs > start) {
                out.add(new int[] {start, cs});
                start = cs;
                Arrays.fill(rowSums, 0);
            }
            for (int rs = 0; rs < bytes.length; rs++) {
                rowSums[rs] += bytes[rs][cs];
            }
        }
        out.add(new int[] {start, nc});
        return out;
    }

    /** The grid positions {@code [k0, k1)} of {@code map} in source range {@code [from, to)}, within {@code ks}. */
    private static int[] range(IndexMap map, int from, int to, int[] ks) {
        int[] k = map.within(from, to);
        return new int[] {Math.max(k[0], ks[0]), Math.min(k[1], ks[1])};
    }

    private static int segment(int[] cuts, int v) {
        int i = Arrays.binarySearch(cuts, v);
        int at = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(cuts.length - 2, at));
    }
}
