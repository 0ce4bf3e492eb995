package nunatak.blocks;

import java.util.ArrayDeque;
import nunatak.tiff.DataType;
import nunatak.tiff.Samples;

/**
 * Decoded-block arrays kept per thread for reuse: a float32 block of 512 x 512 is just over 1 MiB, which G1
 * allocates as a humongous object on heaps below 8 GiB, so a bulk reader should not allocate one per block.
 */
final class SamplePool {
    private static final int KEEP = 16;
    private static final ThreadLocal<ArrayDeque<Samples>> POOL = ThreadLocal.withInitial(ArrayDeque::new);

    private SamplePool() {
    }

    /** A float32 array of exactly {@code size} values when one is free, else null (the decoder allocates). */
    static Samples take(DataType type, int size) {
        if (type != DataType.FLOAT32) {
            return null;
        }
        ArrayDeque<Samples> pool = POOL.get();
        for (Samples s : pool) {
            if (s.size() == size) {
                pool.remove(s);
                return s;
            }
        }
        return null;
    }

    static void give(Samples s) {
        ArrayDeque<Samples> pool = POOL.get();
        if (s instanceof Samples.F32 && pool.size() < KEEP) {
            pool.push(s);
        }
    }
}
