package nunatak.tiff;

import java.util.Arrays;

/**
 * TIFF LZW compression as libtiff writes it, byte for byte: MSB-first codes of 9 to 12 bits with "early
 * change", a Clear code first, again whenever the table reaches 4094 entries and whenever libtiff's adaptive
 * reset would fire (every 10000 input bytes, if the compression ratio stopped improving), then EOI. The code
 * width after the last data code follows libtiff 4.x (the decoder has added one more entry by then).
 *
 * <p>Speed comes from the table layout. Strings of two bytes (a single byte plus one) are most lookups on
 * float data, so they have a direct table indexed by the two bytes; its entries carry a generation number,
 * so a reset is one increment instead of a 256 KiB fill. Longer strings live in an open-addressing hash of
 * (prefix code, next byte) packed with the code into one int, cleared with a 64 KiB fill.
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
    private static final int MAX_GENERATION = (1 << 20) - 1;

    private final int[] table = new int[1 << HASH_BITS];
    /** Two-byte strings: {@code generation << 12 | code}, indexed by {@code first << 8 | second}. */
    private final int[] pairs = new int[1 << 16];
    private int generation;
    private byte[] out = new byte[0];

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
        Bits bits = new Bits(out);
        if (len == 0) {
            bits.put(EOI, 9);
            return bits.finish();
        }
        int[] t = table;
        int[] pr = pairs;
        Arrays.fill(t, EMPTY);
        int gen = nextGeneration();
        int nbits = 9;
        int maxCode = (1 << nbits) - 1;
        int free = FIRST;
        long inCount = 1;
        long checkpoint = CHECK_GAP;
        long ratio = 0;
        bits.put(CLEAR, nbits);
        int ent = src[0] & 0xFF;
        for (int i = 1; i < len; i++) {
            inCount++;
            int c = src[i] & 0xFF;
            int key = (ent << 8) | c;
            int h = -1;
            if (ent < 256) {
                int e = pr[key];
                if (e >>> 12 == gen) {
                    ent = e & 0xFFF;
                    continue;
                }
            } else {
                h = (key * 0x9E3779B1) >>> (32 - HASH_BITS);
                int e = t[h];
                while (e != EMPTY && e >>> 12 != key) {
                    h = (h + 1) & HASH_MASK;
                    e = t[h];
                }
                if (e != EMPTY) {
                    ent = e & 0xFFF;
                    continue;
                }
            }
            bits.put(ent, nbits);
            if (h < 0) {
                pr[key] = (gen << 12) | free;
            } else {
                t[h] = (key << 12) | free;
            }
            ent = c;
            free++;
            boolean reset = false;
            if (free == FULL) {
                reset = true;
            } else if (free > maxCode) {
                nbits++;
                maxCode = (1 << nbits) - 1;
            } else if (inCount >= checkpoint) {
                checkpoint = inCount + CHECK_GAP;
                long r = ratio(inCount, bits.written);
                if (r <= ratio) {
                    reset = true;
                } else {
                    ratio = r;
                }
            }
            if (reset) {
                Arrays.fill(t, EMPTY);
                gen = nextGeneration();
                ratio = 0;
                inCount = 0;
                bits.written = 0;
                free = FIRST;
                bits.put(CLEAR, nbits);
                nbits = 9;
                maxCode = (1 << nbits) - 1;
            }
        }
        bits.put(ent, nbits);
        // The decoder adds an entry for this last code too; follow its width for EOI (libtiff 4.x does).
        free++;
        if (free == FULL) {
            bits.put(CLEAR, nbits);
            nbits = 9;
        } else if (free > maxCode) {
            nbits++;
        }
        bits.put(EOI, nbits);
        return bits.finish();
    }

    private int nextGeneration() {
        if (++generation > MAX_GENERATION) {
            Arrays.fill(pairs, 0);
            generation = 1;
        }
        return generation;
    }

    /** libtiff's CALCRATIO: input bytes per output bit, as a 24.8 fixed-point number. */
    private static long ratio(long in, long outBits) {
        if (in > 0x007F_FFFFL) {
            long r = outBits >> 8;
            return r == 0 ? 0x7FFF_FFFFL : in / r;
        }
        return (in << 8) / outBits;
    }

    /** MSB-first code output, 32 bits at a time; a local object so the JIT keeps its fields in registers. */
    private static final class Bits {
        private final byte[] out;
        private int pos;
        private long buffer;
        private int count;
        /** Bits written since the last Clear, as libtiff counts them for its ratio check. */
        long written;

        Bits(byte[] out) {
            this.out = out;
        }

        void put(int code, int nbits) {
            buffer = (buffer << nbits) | code;
            count += nbits;
            written += nbits;
            if (count >= 32) {
                count -= 32;
                int word = (int) (buffer >>> count);
                out[pos] = (byte) (word >>> 24);
                out[pos + 1] = (byte) (word >>> 16);
                out[pos + 2] = (byte) (word >>> 8);
                out[pos + 3] = (byte) word;
                pos += 4;
            }
        }

        int finish() {
            while (count >= 8) {
                count -= 8;
                out[pos++] = (byte) (buffer >>> count);
            }
            if (count > 0) {
                out[pos++] = (byte) (buffer << (8 - count));
                count = 0;
            }
            return pos;
        }
    }
}
