package nunatak.tiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * TIFF LZW (MSB-first codes of 9 to 12 bits, "early change", Clear = 256, EOI = 257), the hot path of
 * reading REMA.
 *
 * <p>Speed comes from the table layout: a code's string is not stored but located in the output already
 * written, packed as one {@code long} (offset, length). A new entry is always the previous string plus the
 * first byte of the current one, and that byte follows the previous string in the output, so the entry is
 * simply (previous offset, previous length + 1). Single bytes get the same treatment: the first time a
 * literal code occurs its byte is written, and from then on it is located in the output like any string. So
 * nearly every code takes one path: look up, copy from earlier output (as one or two 8-byte words for the
 * strings of up to 16 bytes that noisy float data is made of), add an entry. An entry of length 0 marks
 * everything else (Clear, EOI, a literal not seen yet, the code being defined, an invalid code), which takes
 * the slow branch. Codes are read with one unaligned big-endian 8-byte load each.
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

    private LzwDecoder() {
    }

    static void decode(byte[] src, int srcOff, int srcLen, byte[] dst, int expected)
            throws BlockCodec.CorruptBlockException {
        if (srcLen >= 2 && src[srcOff] == 0 && (src[srcOff + 1] & 1) == 1) {
            throw new BlockCodec.CorruptBlockException(
                    "old-style (pre-TIFF 6) LZW data is not supported; rewrite the file with gdal_translate");
        }
        // (offset << 32) | length; length 0 = not a string (yet). Once the table is full, new entries go to
        // the extra slot at TABLE, which no 12-bit code reaches: cheaper than a test per code.
        long[] table = new long[TABLE + 1];
        int end = srcOff + srcLen;
        long srcBits = 8L * end;
        long fastBits = 8L * (end - 8); // up to here a code can be read with one 8-byte load
        long bitPos = 8L * srcOff;
        int pos = 0;
        int prevLen = 0; // length of the previous string, which ends at pos; 0 at the start and after Clear
        int next = FIRST;
        while (true) {
            // The common codes, in a loop without calls so that its state stays in registers. Anything else
            // leaves the loop before the code is consumed and goes through the general step below.
            while (prevLen != 0 && bitPos <= fastBits) {
                int width = width(next);
                long word = (long) CODE_BITS.get(src, (int) (bitPos >>> 3));
                int code = (int) ((word << (bitPos & 7)) >>> (64 - width)) & (TABLE - 1);
                long entry = table[code];
                int len = (int) entry;
                if (len == 0 || len > expected - pos) {
                    break;
                }
                bitPos += width;
                copy(dst, (int) (entry >>> 32), pos, len);
                table[next] = (long) (pos - prevLen) << 32 | (prevLen + 1);
                next = next < TABLE ? next + 1 : TABLE;
                prevLen = len;
                pos += len;
            }
            // One code of any kind.
            int width = width(next);
            if (bitPos + width > srcBits) {
                break; // data ended without EOI, which old writers do
            }
            int code = peek(src, end, bitPos, width);
            bitPos += width;
            if (code == CLEAR) {
                java.util.Arrays.fill(table, FIRST, next, 0);
                next = FIRST;
                prevLen = 0;
                continue;
            }
            if (code == EOI) {
                break;
            }
            long entry = table[code];
            int len = (int) entry;
            if (prevLen == 0 && code > 255) {
                throw invalid(code, next, bitPos - 8L * srcOff); // the first code after Clear must be a byte
            }
            if (len != 0) {
                checkRoom(len, pos, expected);
                copy(dst, (int) (entry >>> 32), pos, len);
            } else if (code < CLEAR) {
                // A byte seen for the first time: written as is, located in the output from now on.
                len = 1;
                checkRoom(len, pos, expected);
                dst[pos] = (byte) code;
                table[code] = (long) pos << 32 | 1;
            } else if (code == next) {
                // The code being defined: the previous string plus its own first byte.
                len = prevLen + 1;
                checkRoom(len, pos, expected);
                copy(dst, pos - prevLen, pos, prevLen);
                dst[pos + prevLen] = dst[pos - prevLen];
            } else {
                throw invalid(code, next, bitPos - 8L * srcOff);
            }
            if (prevLen != 0) {
                table[next] = (long) (pos - prevLen) << 32 | (prevLen + 1);
                next = next < TABLE ? next + 1 : TABLE;
            }
            prevLen = len;
            pos += len;
        }
        if (pos != expected) {
            throw new BlockCodec.CorruptBlockException("LZW data ends after " + pos + " of " + expected + " bytes");
        }
    }

    /** Code width for a table of {@code next} entries: 9 bits, one more from 511, 1023 and 2047 ("early change"). */
    private static int width(int next) {
        return Math.min(12, 32 - Integer.numberOfLeadingZeros(next + 1));
    }

    /** The {@code width}-bit code at {@code bitPos}; the caller has checked that the data holds it. */
    private static int peek(byte[] src, int end, long bitPos, int width) {
        int at = (int) (bitPos >>> 3);
        long word = at + 8 <= end ? (long) CODE_BITS.get(src, at) : tail(src, end, at);
        return (int) ((word << (bitPos & 7)) >>> (64 - width));
    }

    /** The last bytes before {@code end} from {@code at} as the high bytes of a big-endian word, zero-padded. */
    private static long tail(byte[] src, int end, int at) {
        long word = 0;
        for (int i = 0; i < 8; i++) {
            word = word << 8 | (at + i < end ? src[at + i] & 0xFF : 0);
        }
        return word;
    }

    /**
     * Copies a string from earlier output in 8-byte words, without calls (System.arraycopy would make the
     * decoding loop spill its state around the call). Safe because a table string always ends at or before
     * {@code to}, so the words never read a byte of the string after overwriting it, and the bytes written
     * past the string are rewritten before anything reads them.
     */
    private static void copy(byte[] dst, int from, int to, int len) {
        WORDS.set(dst, to, (long) WORDS.get(dst, from));
        WORDS.set(dst, to + 8, (long) WORDS.get(dst, from + 8));
        for (int i = 16; i < len; i += 8) {
            WORDS.set(dst, to + i, (long) WORDS.get(dst, from + i));
        }
    }

    private static void checkRoom(int len, int pos, int expected) throws BlockCodec.CorruptBlockException {
        if (len > expected - pos) {
            throw new BlockCodec.CorruptBlockException("LZW data decodes to more than the block's " + expected
                    + " bytes");
        }
    }

    private static BlockCodec.CorruptBlockException invalid(int code, int next, long bitPos) {
        return new BlockCodec.CorruptBlockException("invalid LZW code " + code + " (table has " + next
                + " entries) near byte " + (bitPos >>> 3));
    }

}
