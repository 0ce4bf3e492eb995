package nunatak.tiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * TIFF LZW (MSB-first codes of 9 to 12 bits, "early change", Clear = 256, EOI = 257).
 *
 * <p>Speed comes from the table layout: a code's string is not stored but located in the output already
 * written, as (offset, length). A new entry is always the previous string plus the first byte of the
 * current one, and that byte follows the previous string in the output, so the entry is simply
 * (previous offset, previous length + 1). Decoding a code is one copy from earlier output; strings of up
 * to 16 bytes (most of them on noisy float data) are copied as two 8-byte words.
 *
 * <p>Decoding is strict: the data must fill the block exactly and then end (EOI or end of data); an invalid
 * code, too little or too much data is reported as corruption rather than returned as pixels.
 */
final class LzwDecoder {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST = 258;
    private static final int TABLE = 4096;

    private LzwDecoder() {
    }

    static void decode(byte[] src, int srcLen, byte[] dst, int expected) throws BlockCodec.CorruptBlockException {
        if (srcLen >= 2 && src[0] == 0 && (src[1] & 1) == 1) {
            throw new BlockCodec.CorruptBlockException(
                    "old-style (pre-TIFF 6) LZW data is not supported; rewrite the file with gdal_translate");
        }
        int[] offsets = new int[TABLE];
        int[] lengths = new int[TABLE];
        int sp = 0;
        long bitBuf = 0;
        int bits = 0;
        int width = 9;
        int next = FIRST;
        int pos = 0;
        int prevOff = -1;
        int prevLen = 0;
        while (true) {
            if (bits < width) {
                if (sp + 4 <= srcLen) {
                    bitBuf = (bitBuf << 32) | ((src[sp] & 0xFFL) << 24) | ((src[sp + 1] & 0xFF) << 16)
                            | ((src[sp + 2] & 0xFF) << 8) | (src[sp + 3] & 0xFF);
                    sp += 4;
                    bits += 32;
                } else {
                    while (bits < width && sp < srcLen) {
                        bitBuf = (bitBuf << 8) | (src[sp++] & 0xFF);
                        bits += 8;
                    }
                    if (bits < width) {
                        break; // data ended without EOI, which old writers do
                    }
                }
            }
            bits -= width;
            int code = (int) (bitBuf >>> bits) & ((1 << width) - 1);
            if (code == EOI) {
                break;
            }
            if (code == CLEAR) {
                next = FIRST;
                width = 9;
                prevOff = -1;
                continue;
            }
            int curLen;
            if (code < CLEAR) {
                if (pos >= expected) {
                    throw tooLong(expected);
                }
                dst[pos] = (byte) code;
                curLen = 1;
            } else if (code < next) {
                curLen = lengths[code];
                if (pos + curLen > expected) {
                    throw tooLong(expected);
                }
                copy(dst, offsets[code], pos, curLen);
            } else if (code == next && prevOff >= 0) {
                curLen = prevLen + 1;
                if (pos + curLen > expected) {
                    throw tooLong(expected);
                }
                copy(dst, prevOff, pos, prevLen);
                dst[pos + prevLen] = dst[prevOff];
            } else {
                throw new BlockCodec.CorruptBlockException("invalid LZW code " + code + " (table has " + next
                        + " entries) near byte " + sp);
            }
            if (prevOff >= 0 && next < TABLE) {
                offsets[next] = prevOff;
                lengths[next] = prevLen + 1;
                next++;
                if (next >= (1 << width) - 1 && width < 12) {
                    width++;
                }
            }
            prevOff = pos;
            prevLen = curLen;
            pos += curLen;
        }
        if (pos != expected) {
            throw new BlockCodec.CorruptBlockException("LZW data ends after " + pos + " of " + expected + " bytes");
        }
    }

    /** Copies within {@code dst}; safe because a table string always ends before {@code to}. */
    private static void copy(byte[] dst, int from, int to, int len) {
        if (len <= 16) {
            LONGS.set(dst, to, (long) LONGS.get(dst, from));
            LONGS.set(dst, to + 8, (long) LONGS.get(dst, from + 8));
        } else {
            System.arraycopy(dst, from, dst, to, len);
        }
    }

    private static BlockCodec.CorruptBlockException tooLong(int expected) {
        return new BlockCodec.CorruptBlockException("LZW data decodes to more than the block's " + expected + " bytes");
    }
}
