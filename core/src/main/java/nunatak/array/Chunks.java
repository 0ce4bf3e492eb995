package nunatak.array;

import java.util.ArrayList;
import java.util.List;

/**
 * Chunk sizes along one axis, as dask shows them, and how views change them. The planner groups COG blocks
 * by the source's chunks; these sizes describe the result to the user.
 */
public final class Chunks {
    /** Default chunk target, as dask's {@code chunks="auto"}. */
    public static final long TARGET_BYTES = 128L << 20;
    /** Default chunks are shrunk until a mosaic has at least this many, so small inputs still run in parallel. */
    public static final int MIN_CHUNKS = 16;

    private Chunks() {
    }

    public static int[] regular(int length, int size) {
        List<Integer> out = new ArrayList<>();
        for (int at = 0; at < length; at += size) {
            out.add(Math.min(size, length - at));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A square chunk side near {@link #TARGET_BYTES}, a whole number of COG blocks, and small enough that the
     * mosaic has at least {@link #MIN_CHUNKS} chunks when it can.
     */
    public static int defaultSide(int rows, int cols, int itemSize, int blockSize) {
        double total = (double) rows * cols * itemSize;
        double target = Math.min(TARGET_BYTES, Math.max(total / MIN_CHUNKS, (double) blockSize * blockSize * itemSize));
        int side = (int) Math.sqrt(target / itemSize);
        int blocks = Math.max(1, Math.round((float) side / blockSize));
        return blocks * blockSize;
    }

    /** Sizes after keeping the positions of {@code map}: each chunk keeps the positions that fell in it. */
    public static int[] afterIndex(int[] sizes, IndexMap map) {
        List<Integer> out = new ArrayList<>();
        int from = 0;
        for (int s : sizes) {
            int[] k = map.within(from, from + s);
            if (k[1] > k[0]) {
                out.add(k[1] - k[0]);
            }
            from += s;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Sizes after coarsening by {@code factor} to {@code outLength} cells. */
    public static int[] afterCoarsen(int[] sizes, int factor, int outLength) {
        List<Integer> out = new ArrayList<>();
        int fine = 0;
        int prev = 0;
        for (int s : sizes) {
            fine += s;
            int edge = Math.min(outLength, (fine + factor - 1) / factor);
            if (edge > prev) {
                out.add(edge - prev);
                prev = edge;
            }
        }
        if (prev < outLength) {
            out.add(outLength - prev);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    public static int max(int[] sizes) {
        int m = 0;
        for (int s : sizes) {
            m = Math.max(m, s);
        }
        return m;
    }
}
