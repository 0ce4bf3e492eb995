package nunatak.tiff;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** DEFLATE (zlib stream; Compression 8 and 32946) with java.util.zip; the Adler-32 checksum is verified. */
final class DeflateCodec {
    private DeflateCodec() {
    }

    static void decode(byte[] src, int srcOff, int srcLen, byte[] dst, int expected)
            throws BlockCodec.CorruptBlockException {
        Inflater inf = new Inflater();
        try {
            inf.setInput(src, srcOff, srcLen);
            int pos = 0;
            while (pos < expected) {
                int n = inf.inflate(dst, pos, expected - pos);
                pos += n;
                if (n == 0 && (inf.finished() || inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
            }
            if (pos < expected) {
                throw new BlockCodec.CorruptBlockException("DEFLATE data ends after " + pos + " of " + expected + " bytes");
            }
            if (!inf.finished()) {
                // Let the inflater read the end of the stream, which also checks the Adler-32 sum.
                byte[] probe = new byte[1];
                int extra = inf.inflate(probe);
                if (extra > 0) {
                    throw new BlockCodec.CorruptBlockException("DEFLATE data decodes to more than the block's "
                            + expected + " bytes");
                }
            }
        } catch (DataFormatException e) {
            throw new BlockCodec.CorruptBlockException("corrupt DEFLATE data: " + e.getMessage(), e);
        } finally {
            inf.end();
        }
    }
}
