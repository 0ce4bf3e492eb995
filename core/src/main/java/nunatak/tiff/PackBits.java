package nunatak.tiff;

/** PackBits run-length coding (Compression 32773). */
final class PackBits {
    private PackBits() {
    }

    static void decode(byte[] src, int srcOff, int srcLen, byte[] dst, int expected)
            throws BlockCodec.CorruptBlockException {
        int sp = srcOff;
        int end = srcOff + srcLen;
        int pos = 0;
        while (pos < expected && sp < end) {
            int n = src[sp++];
            if (n >= 0) {
                int count = n + 1;
                if (sp + count > end || pos + count > expected) {
                    throw new BlockCodec.CorruptBlockException("PackBits literal run overruns the block at byte "
                            + (sp - srcOff));
                }
                System.arraycopy(src, sp, dst, pos, count);
                sp += count;
                pos += count;
            } else if (n != -128) {
                int count = 1 - n;
                if (sp >= end || pos + count > expected) {
                    throw new BlockCodec.CorruptBlockException("PackBits repeat run overruns the block at byte "
                            + (sp - srcOff));
                }
                java.util.Arrays.fill(dst, pos, pos + count, src[sp++]);
                pos += count;
            }
        }
        if (pos != expected) {
            throw new BlockCodec.CorruptBlockException("PackBits data ends after " + pos + " of " + expected + " bytes");
        }
    }

    /** Encodes {@code len} bytes of {@code src} from {@code off}; used by the writer. */
    static byte[] encode(byte[] src, int off, int len) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(len + len / 128 + 1);
        int i = off;
        int end = off + len;
        while (i < end) {
            int run = 1;
            while (i + run < end && run < 128 && src[i + run] == src[i]) {
                run++;
            }
            if (run >= 3) {
                out.write(1 - run);
                out.write(src[i]);
                i += run;
                continue;
            }
            int start = i;
            int lit = 0;
            while (i < end && lit < 128) {
                if (i + 2 < end && src[i] == src[i + 1] && src[i] == src[i + 2]) {
                    break;
                }
                i++;
                lit++;
            }
            out.write(lit - 1);
            out.write(src, start, lit);
        }
        return out.toByteArray();
    }
}
