package nunatak.tiff;

import java.lang.reflect.Field;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * 8-byte words of a byte array read and copied without bounds checks, for {@link LzwDecoder}, whose loop is most of
 * the time of reading REMA: with {@code sun.misc.Unsafe} it decodes a 32 m tile's blocks 1.35-1.4x faster than with
 * bounds-checked {@code VarHandle} words (bench/README.md, issue 15). The checks are not needed because the decoder
 * makes every address itself: a table entry is a stretch of output it has already written, a copy ends within the
 * block plus 7 bytes and a code is read at most 8 bytes before the end of the data, which {@link LzwDecoder#decode}
 * checks of its buffers before it starts; no value read from the data becomes an address. The LZW table stays a
 * checked {@code long[]}: Unsafe accesses to it measured slower, the JIT then assuming they may alias the bytes.
 *
 * <p>Used where it costs nothing to have: JDK 17 to 23 on little-endian x86-64 and AArch64 (unaligned 8-byte access).
 * JDK 24 and newer warn on the first use of Unsafe's memory access (JEP 498), so there the decoder keeps its checked
 * words; {@code -Dnunatak.unsafeWords=false} does the same anywhere.
 */
final class UnsafeWords {
    private static final sun.misc.Unsafe UNSAFE = find();
    /** Whether the methods below may be called. */
    static final boolean ENABLED = UNSAFE != null;
    private static final long BASE = ENABLED ? UNSAFE.arrayBaseOffset(byte[].class) : 0;

    private UnsafeWords() {
    }

    /**
     * Copies {@code len} bytes, rounded up to whole words, from {@code a[from]} to {@code a[to]} a word at a time in
     * order, as {@link LzwDecoder} needs; the caller guarantees both rounded-up ranges lie inside {@code a}.
     */
    static void copy(byte[] a, int from, int to, int len) {
        long f = BASE + from;
        long t = BASE + to;
        UNSAFE.putLong(a, t, UNSAFE.getLong(a, f));
        for (int i = 8; i < len; i += 8) {
            UNSAFE.putLong(a, t + i, UNSAFE.getLong(a, f + i));
        }
    }

    /** The 8 bytes at {@code a[at]} as a big-endian long; the caller guarantees {@code at + 8 <= a.length}. */
    static long bigEndianLong(byte[] a, int at) {
        return Long.reverseBytes(UNSAFE.getLong(a, BASE + at));
    }

    private static sun.misc.Unsafe find() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        boolean unalignedLittleEndian = (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64"))
                && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
        if (Runtime.version().feature() > 23 || !unalignedLittleEndian
                || !Boolean.parseBoolean(System.getProperty("nunatak.unsafeWords", "true"))) {
            return null;
        }
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // a runtime without jdk.unsupported: the checked words
        }
    }
}
