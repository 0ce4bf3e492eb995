package nunatak.tiff;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import java.util.zip.Deflater;
import nunatak.NunatakException;

/**
 * Compresses one block for {@link CogWriter}; the inverse of {@link BlockCodec}. An encoder keeps its buffers
 * between blocks, so each thread needs its own.
 */
interface BlockEncoder extends AutoCloseable {

    /** Compresses {@code src[0, len)}; the result is the first returned-count bytes of {@link #buffer()}. */
    int encode(byte[] src, int len);

    /** The output of the last {@link #encode}, valid until the next call. */
    byte[] buffer();

    /** Releases native resources (zlib's); the encoder must not be used afterwards. */
    @Override
    default void close() {
    }

    static BlockEncoder of(Compression c, int level) {
        return switch (c) {
            case NONE -> new Copy();
            case LZW -> new LzwEncoder();
            case DEFLATE -> new DeflateEncoder(level);
            case ZSTD -> new ZstdEncoder(level);
            case PACKBITS -> new PackBitsEncoder();
            case JPEG, WEBP -> throw new nunatak.InvalidArgumentException(c + " is read but not written by nunatak; "
                    + "write with LZW, DEFLATE, ZSTD, PACKBITS or NONE");
        };
    }

    final class Copy implements BlockEncoder {
        private byte[] out = new byte[0];

        @Override
        public int encode(byte[] src, int len) {
            if (out.length < len) {
                out = new byte[len];
            }
            System.arraycopy(src, 0, out, 0, len);
            return len;
        }

        @Override
        public byte[] buffer() {
            return out;
        }
    }

    /** A zlib stream, as TIFF's Compression 8 requires; a fresh {@link Deflater} per block would cost more. */
    final class DeflateEncoder implements BlockEncoder {
        private final Deflater deflater;
        private byte[] out = new byte[0];

        DeflateEncoder(int level) {
            this.deflater = new Deflater(level);
        }

        @Override
        public int encode(byte[] src, int len) {
            if (out.length < len + (len >> 8) + 64) {
                out = new byte[len + (len >> 8) + 64];
            }
            deflater.reset();
            deflater.setInput(src, 0, len);
            deflater.finish();
            int pos = 0;
            while (!deflater.finished()) {
                if (pos == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                pos += deflater.deflate(out, pos, out.length - pos);
            }
            return pos;
        }

        @Override
        public byte[] buffer() {
            return out;
        }

        @Override
        public void close() {
            deflater.end();
        }
    }

    /** One ZSTD frame per block, as GDAL writes them. */
    final class ZstdEncoder implements BlockEncoder {
        private final int level;
        private byte[] out = new byte[0];

        ZstdEncoder(int level) {
            this.level = level;
        }

        @Override
        public int encode(byte[] src, int len) {
            int bound = (int) Zstd.compressBound(len);
            if (out.length < bound) {
                out = new byte[bound];
            }
            try {
                return (int) Zstd.compressByteArray(out, 0, bound, src, 0, len, level);
            } catch (ZstdException e) {
                throw new NunatakException("ZSTD compression failed: " + e.getMessage(), e);
            }
        }

        @Override
        public byte[] buffer() {
            return out;
        }
    }

    final class PackBitsEncoder implements BlockEncoder {
        private byte[] out = new byte[0];

        @Override
        public int encode(byte[] src, int len) {
            out = PackBits.encode(src, 0, len);
            return out.length;
        }

        @Override
        public byte[] buffer() {
            return out;
        }
    }
}
