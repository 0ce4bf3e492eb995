package nunatak.tiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * TIFF LZW (MSB-first codes of 9 to 12 bits, "early change", Clear = 256, EOI = 257), the hot path of
 * reading REMA.
 *
 * <p>Speed comes from the table layout: a code's string is not stored but located in the output already
 * written, packed as one {@code long} (offset, length). A new entry is always the previous string plus the
 * first byte of the current one, and that byte follows the previous string in the output, so the entry is
 * simply (previous offset, previous length + 1). Single bytes get the same treatment: the first time a
 * literal code occurs its byte is written, and from then on it is located in the output like any string. So
 * nearly every code takes one path: look up, copy from earlier output in 8-byte words, add an entry. An
 * entry of length 0 marks everything else (Clear, EOI, a literal not seen yet, the code being defined, an
 * invalid code), which {@link #step} handles one code at a time.
 *
 * <p>The common path, {@link #run}, is kept small and free of calls so that the JIT keeps its state in
 * registers; in one method with the rare cases it spilled nearly every variable to the stack. Its words are read
 * and copied through {@link UnsafeWords} where that is enabled (without bounds checks: 1.35-1.4x faster).
 *
 * <p>Decoding is strict: the data must fill the block exactly and then end (EOI or end of data); an invalid
 * code, too little or too much data is reported as corruption rather than returned as pixels.
 */
final class LzwDecoder {
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final VarHandle CODE_BITS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST = 258;
    private static final int TABLE = 4096;

    private final byte[] src;
    private final int srcOff;
    private final int end;
    private final byte[] dst;
    private final int expected;
    /**
     * (offset << 32) | length; length 0 = not a string (yet). Once the table is full, new entries go to the
     * extra slot at TABLE, which no 12-bit code reaches: cheaper than a test per code.
     */
    private final long[] table = new long[TABLE + 1];
    private long bitPos;
    private int pos;
    /** Length of the previous string, which ends at {@link #pos}; 0 at the start and after Clear. */
    private int prevLen;
    private int next = FIRST;

    private LzwDecoder(byte[] src, int srcOff, int srcLen, byte[] dst, int expected) {
        this.src = src;
        this.srcOff = srcOff;
        this.end = srcOff + srcLen;
        this.dst = dst;
        this.expected = expected;
        this.bitPos = 8L * srcOff;
    }

    static void decode(byte[] src, int srcOff, int srcLen, byte[] dst, int expected)
            throws BlockCodec.CorruptBlockException {
        // What makes UnsafeWords' unchecked words safe: every copy ends before expected + 8, every code is read
        // from [srcOff, srcOff + srcLen).
        Objects.checkFromIndexSize(srcOff, srcLen, src.length);
        if (expected < 0 || dst.length - expected < 8) {
            throw new IllegalArgumentException("LZW output buffer of " + dst.length + " bytes for a block of "
                    + expected + ": it needs 8 bytes of slack after the block (BlockCodec.PADDING)");
        }
        if (srcLen >= 2 && src[srcOff] == 0 && (src[srcOff + 1] & 1) == 1) {
            throw new BlockCodec.CorruptBlockException(
                    "old-style (pre-TIFF 6) LZW data is not supported; rewrite the file with gdal_translate");
        }
        LzwDecoder d = new LzwDecoder(src, srcOff, srcLen, dst, expected);
        do {
            d.run();
        } while (d.step());
        if (d.pos != expected) {
            throw new BlockCodec.CorruptBlockException("LZW data ends after " + d.pos + " of " + expected + " bytes");
        }
    }

    /** Decodes common codes until one needs {@link #step}, leaving that code unread. */
    private void run() {
        if (prevLen == 0) {
            return;
        }
        byte[] src = this.src;
        byte[] dst = this.dst;
        long[] table = this.table;
        long fastBits = 8L * (end - 8); // up to here a code can be read with one 8-byte load
        int room = expected;
        long bitPos = this.bitPos;
        int pos = this.pos;
        int prevLen = this.prevLen;
        int next = this.next;
        outer:
        while (bitPos <= fastBits) {
            // Codes keep one width until the table reaches the next power of two less one ("early change"),
            // and 12 bits once it is full; a loop per width reads them with a constant shift and no width
            // computation per code, 8-17 % faster on rough terrain (bench/README.md).
            int width = width(next);
            int limit = width == 12 ? TABLE + 1 : (1 << width) - 1;
            int shift = 64 - width;
            while (next < limit) {
                if (bitPos > fastBits) {
                    break outer;
                }
                int at = (int) (bitPos >>> 3);
                long word = UnsafeWords.ENABLED ? UnsafeWords.bigEndianLong(src, at) : (long) CODE_BITS.get(src, at);
                int code = (int) ((word << (bitPos & 7)) >>> shift) & (TABLE - 1);
                long entry = table[code];
                int len = (int) entry;
                // One unsigned test for both exits: len 0 (not a plain string) or longer than the room left.
                if (Integer.compareUnsigned(len - 1, room - pos) >= 0) {
                    break outer;
                }
                bitPos += width;
                copy(dst, (int) (entry >>> 32), pos, len);
                table[next] = (long) (pos - prevLen) << 32 | (prevLen + 1);
                next = next < TABLE ? next + 1 : TABLE;
                prevLen = len;
                pos += len;
            }
        }
        this.bitPos = bitPos;
        this.pos = pos;
        this.prevLen = prevLen;
        this.next = next;
    }

    /** Decodes one code of any kind; false once the data has ended. */
    private boolean step() throws BlockCodec.CorruptBlockException {
        int width = width(next);
        if (bitPos + width > 8L * end) {
            return false; // data ended without EOI, which old writers do
        }
        int at = (int) (bitPos >>> 3);
        long word = at + 8 <= end ? (long) CODE_BITS.get(src, at) : tail(at);
        int code = (int) ((word << (bitPos & 7)) >>> (64 - width));
        bitPos += width;
        if (code == CLEAR) {
            java.util.Arrays.fill(table, FIRST, next, 0);
            next = FIRST;
            prevLen = 0;
            return true;
        }
        if (code == EOI) {
            return false;
        }
        if (prevLen == 0 && code > 255) {
            throw invalid(code); // the first code after Clear must be a byte
        }
        long entry = table[code];
        int len = (int) entry;
        if (len != 0) {
            checkRoom(len);
            copy(dst, (int) (entry >>> 32), pos, len);
        } else if (code < CLEAR) {
            // A byte seen for the first time: written as is, located in the output from now on.
            len = 1;
            checkRoom(len);
            dst[pos] = (byte) code;
            table[code] = (long) pos << 32 | 1;
        } else if (code == next) {
            // The code being defined: the previous string plus its own first byte.
            len = prevLen + 1;
            checkRoom(len);
            copy(dst, pos - prevLen, pos, prevLen);
            dst[pos + prevLen] = dst[pos - prevLen];
        } else {
            throw invalid(code);
        }
        if (prevLen != 0) {
            table[next] = (long) (pos - prevLen) << 32 | (prevLen + 1);
            next = next < TABLE ? next + 1 : TABLE;
        }
        prevLen = len;
        pos += len;
        return true;
    }

    /** Code width for a table of {@code next} entries: 9 bits, one more from 511, 1023 and 2047 ("early change"). */
    private static int width(int next) {
        return Math.min(12, 32 - Integer.numberOfLeadingZeros(next + 1));
    }

    /** The last bytes of the data from {@code at} as the high bytes of a big-endian word, zero-padded. */
    private long tail(int at) {
        long word = 0;
        for (int i = 0; i < 8; i++) {
            word = word << 8 | (at + i < end ? src[at + i] & 0xFF : 0);
        }
        return word;
    }

    /**
     * Copies a string from earlier output in 8-byte words, without calls (System.arraycopy would make the
     * decoding loop spill its state around the call, and measured 1.7x slower). Safe because a table string always
     * ends at or before {@code to}, so the words never read a byte of the string after overwriting it, and the
     * bytes written past the string are rewritten before anything reads them.
     */
    private static void copy(byte[] dst, int from, int to, int len) {
        if (UnsafeWords.ENABLED) {
            UnsafeWords.copy(dst, from, to, len);
            return;
        }
        WORDS.set(dst, to, (long) WORDS.get(dst, from));
        for (int i = 8; i < len; i += 8) {
            WORDS.set(dst, to + i, (long) WORDS.get(dst, from + i));
        }
    }

    private void checkRoom(int len) throws BlockCodec.CorruptBlockException {
        if (len > expected - pos) {
            throw new BlockCodec.CorruptBlockException("LZW data decodes to more than the block's " + expected
                    + " bytes");
        }
    }

    private BlockCodec.CorruptBlockException invalid(int code) {
        return new BlockCodec.CorruptBlockException("invalid LZW code " + code + " (table has " + next
                + " entries) near byte " + ((bitPos >>> 3) - srcOff));
    }
}
