package nunatak.tiff;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;

/** ZSTD (Compression 50000, as GDAL writes it: one frame per block) with zstd-jni. */
final class ZstdCodec {
    private ZstdCodec() {
    }

    static void decode(byte[] src, int srcOff, int srcLen, byte[] dst, int expected)
            throws BlockCodec.CorruptBlockException {
        long n;
        try {
            n = Zstd.decompressByteArray(dst, 0, expected, src, srcOff, srcLen);
        } catch (ZstdException e) {
            throw new BlockCodec.CorruptBlockException("corrupt ZSTD data: " + e.getMessage(), e);
        }
        if (n != expected) {
            throw new BlockCodec.CorruptBlockException("ZSTD data decodes to " + n + " of " + expected + " bytes");
        }
    }
}
