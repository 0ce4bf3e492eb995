package nunatak.tiff;

import java.util.Arrays;

/**
 * TIFF LZW compression as libtiff writes it, byte for byte: MSB-first codes of 9 to 12 bits with "early
 * change", a Clear code first, again whenever the table reaches 4094 entries and whenever libtiff's adaptive
 * reset would fire (every 10000 input bytes, if the compression ratio stopped improving), then EOI. The code
 * width after the last data code follows libtiff 4.x (the decoder has added one more entry by then).
 *
 * <p>The string table is an open-addressing hash of (prefix code, next byte) packed with the code into one
 * int, so a lookup is one multiply and usually one array read; clearing it is a 64 KiB fill.
 */
final class LzwEncoder implements BlockEncoder {
    private static final int CLEAR = 256;
    private static final int EOI = 257;
    private static final int FIRST = 258;
    /** libtiff emits Clear when the next free code would be 4094 (CODE_MAX - 1). */
    private static final int FULL = 4094;
    private static final int HASH_BITS = 14;
    private static final int HASH_MASK = (1 << HASH_BITS) - 1;
    private static final int EMPTY = -1;
    /** libtiff's CHECK_GAP: input bytes between two checks of the compression ratio. */
    private static final long CHECK_GAP = 10_000;

    private final int[] table = new int[1 << HASH_BITS];
    private byte[] out = new byte[0];
    private int op;
    private long bitBuf;
    private int bitCount;
    /** Bits written since the last Clear, as libtiff counts them for its ratio check. */
    private long outBits;

    @Override
    public byte[] buffer() {
        return out;
    }

    @Override
    public int encode(byte[] src, int len) {
        int bound = len + (len >> 1) + 2 * (len / (FULL - FIRST) + 2) + 16;
        if (out.length < bound) {
            out = new byte[bound];
        }
        op = 0;
        bitBuf = 0;
        bitCount = 0;
        if (len == 0) {
            put(EOI, 9);
            return flush();
        }
        Arrays.fill(table, EMPTY);
        int[] t = table;
        int nbits = 9;
        int maxCode = (1 << nbits) - 1;
        int free = FIRST;
        outBits = 0;
        long inCount = 1;
        long checkpoint = CHECK_GAP;
        long ratio = 0;
        put(CLEAR, nbits);
        int ent = src[0] & 0xFF;
        for (int i = 1; i < len; i++) {
            inCount++;
            int c = src[i] & 0xFF;
            int key = (ent << 8) | c;
            int h = (key * 0x9E3779B1) >>> (32 - HASH_BITS);
            int e;
            boolean hit = false;
            while ((e = t[h]) != EMPTY) {
                if (e >>> 12 == key) {
                    hit = true;
                    break;
                }
                h = (h + 1) & HASH_MASK;
            }
            if (hit) {
                ent = e & 0xFFF;
                continue;
            }
            put(ent, nbits);
            ent = c;
            t[h] = (key << 12) | free;
            free++;
            boolean reset = false;
            if (free == FULL) {
                reset = true;
            } else if (free > maxCode) {
                nbits++;
                maxCode = (1 << nbits) - 1;
            } else if (inCount >= checkpoint) {
                checkpoint = inCount + CHECK_GAP;
                long r = ratio(inCount, outBits);
                if (r <= ratio) {
                    reset = true;
                } else {
                    ratio = r;
                }
            }
            if (reset) {
                Arrays.fill(t, EMPTY);
                ratio = 0;
                inCount = 0;
                outBits = 0;
                free = FIRST;
                put(CLEAR, nbits);
                nbits = 9;
                maxCode = (1 << nbits) - 1;
            }
        }
        put(ent, nbits);
        // The decoder adds an entry for this last code too; follow its width for EOI (libtiff 4.x does).
        free++;
        if (free == FULL) {
            put(CLEAR, nbits);
            nbits = 9;
        } else if (free > maxCode) {
            nbits++;
        }
        put(EOI, nbits);
        return flush();
    }

    /** libtiff's CALCRATIO: input bytes per output bit, as a 24.8 fixed-point number. */
    private static long ratio(long in, long outBits) {
        if (in > 0x007F_FFFFL) {
            long r = outBits >> 8;
            return r == 0 ? 0x7FFF_FFFFL : in / r;
        }
        return (in << 8) / outBits;
    }

    private void put(int code, int nbits) {
        bitBuf = (bitBuf << nbits) | code;
        bitCount += nbits;
        outBits += nbits;
        if (bitCount >= 32) {
            bitCount -= 32;
            int word = (int) (bitBuf >>> bitCount);
            out[op] = (byte) (word >>> 24);
            out[op + 1] = (byte) (word >>> 16);
            out[op + 2] = (byte) (word >>> 8);
            out[op + 3] = (byte) word;
            op += 4;
        }
    }

    private int flush() {
        while (bitCount >= 8) {
            bitCount -= 8;
            out[op++] = (byte) (bitBuf >>> bitCount);
        }
        if (bitCount > 0) {
            out[op++] = (byte) (bitBuf << (8 - bitCount));
            bitCount = 0;
        }
        return op;
    }
}
