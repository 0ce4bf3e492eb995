package nunatak.tiff;

/**
 * One reusable buffer per thread for decompressed block bytes, which live only until they are turned into
 * samples. Allocating it per block costs more than it seems: a 512 x 512 float32 block is just over 1 MiB,
 * which G1 with 2 MiB regions (heaps below 8 GiB) allocates as a humongous object, outside the fast path.
 */
final class ScratchBytes {
    /** Larger buffers are not kept, so an odd file with huge strips does not pin memory in every thread. */
    private static final int MAX_KEPT = 16 << 20;
    private static final ThreadLocal<byte[]> BUFFER = new ThreadLocal<>();

    private ScratchBytes() {
    }

    /** A buffer of at least {@code size} bytes, contents undefined; valid until the thread's next call. */
    static byte[] get(int size) {
        byte[] b = BUFFER.get();
        if (b != null && b.length >= size) {
            return b;
        }
        b = new byte[size];
        if (size <= MAX_KEPT) {
            BUFFER.set(b);
        }
        return b;
    }
}
