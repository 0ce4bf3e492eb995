package nunatak.tiff;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A plain TIFF LZW encoder (MSB-first codes, early change) to make test streams for {@link LzwDecoder}. By
 * default it writes what libtiff writes: Clear first, Clear again when the table is about to fill, EOI last;
 * the switches make the streams of other writers. It mirrors the decoder's state (entry count, code width)
 * instead of keeping its own, which is the simplest way to stay in step with "early change".
 */
final class LzwTestEncoder {
    private static final int CLEAR = 256;
    private static final int EOI = 257;

    /** Also emit a Clear after this many codes (0: only when the table fills, as libtiff). */
    int clearEvery;
    /** Never emit Clear: once 4096 entries exist, go on with 12-bit codes and a frozen table. */
    boolean neverClear;
    boolean writeEoi = true;

    private ByteArrayOutputStream out;
    private long bitBuf;
    private int bits;
    private int width;
    private int next;
    private int codes;
    private Map<Integer, Integer> table;

    byte[] encode(byte[] data) {
        out = new ByteArrayOutputStream();
        bitBuf = 0;
        bits = 0;
        width = 9;
        clear();
        if (data.length > 0) {
            int prefix = data[0] & 0xFF;
            for (int i = 1; i < data.length; i++) {
                int c = data[i] & 0xFF;
                Integer code = table.get(prefix << 8 | c);
                if (code != null) {
                    prefix = code;
                    continue;
                }
                putData(prefix);
                if (next < 4096) {
                    table.put(prefix << 8 | c, next);
                }
                if ((clearEvery > 0 && codes >= clearEvery) || (!neverClear && next == 4093)) {
                    clear();
                }
                prefix = c;
            }
            putData(prefix);
        }
        if (writeEoi) {
            put(EOI);
        }
        if (bits > 0) {
            out.write((int) (bitBuf << (8 - bits)) & 0xFF);
        }
        return out.toByteArray();
    }

    private void clear() {
        put(CLEAR);
        table = new HashMap<>();
        width = 9;
        next = 258;
        codes = 0;
    }

    /** Writes a code and does what the decoder does on reading it: every code but the first adds an entry. */
    private void putData(int code) {
        put(code);
        if (++codes > 1 && next < 4096) {
            next++;
        }
        if (next >= (1 << width) - 1 && width < 12) {
            width++;
        }
    }

    private void put(int code) {
        bitBuf = (bitBuf << width) | code;
        bits += width;
        while (bits >= 8) {
            bits -= 8;
            out.write((int) (bitBuf >>> bits) & 0xFF);
        }
    }
}
