package nunatak.tiff;

/**
 * Decompresses one block (tile or strip) from {@code src[srcOff, srcOff + srcLen)}. Implementations must write
 * exactly {@code expected} bytes into {@code dst} (whose length is at least {@code expected + PADDING}) and
 * throw {@link CorruptBlockException} when the data is malformed, ends early, or would decode to more than
 * the block holds. Reads use it through {@link GeoTiff}; it is public for tools that time decoding stage by stage
 * (the benchmarks: decompression here, then {@link SampleDecoder}).
 *
 * <pre>{@code
 * GeoTiff tif = GeoTiff.open("dem.tif");
 * ImageLevel level = tif.level(0);
 * byte[] block = tif.reader().readAll(List.of(new ByteRange(level.offsets()[0], level.byteCounts()[0]))).get(0);
 * byte[] bytes = new byte[level.decodedBytes(0) + BlockCodec.PADDING];
 * BlockCodec.of(level).decode(block, 0, block.length, bytes, level.decodedBytes(0));
 * }</pre>
 */
public interface BlockCodec {
    /** Slack at the end of output buffers, so decoders may copy in whole 8-byte words. */
    int PADDING = 16;

    void decode(byte[] src, int srcOff, int srcLen, byte[] dst, int expected) throws CorruptBlockException;

    /** The codec for a level's blocks (JPEG and WebP need its tables and block shape). */
    static BlockCodec of(ImageLevel l) {
        return switch (l.compression()) {
            case JPEG -> new ImageIoCodec(ImageIoCodec.Reader.JPEG, l.jpegTables(), l.blockWidth(), l.samplesPerPixel());
            case WEBP -> new ImageIoCodec(ImageIoCodec.Reader.WEBP, null, l.blockWidth(), l.samplesPerPixel());
            default -> of(l.compression());
        };
    }

    /** The codec of a lossless compression, which needs nothing but the bytes. */
    static BlockCodec of(Compression c) {
        return switch (c) {
            case NONE -> (src, srcOff, srcLen, dst, expected) -> {
                if (srcLen < expected) {
                    throw new CorruptBlockException("uncompressed block has " + srcLen + " bytes, expected " + expected);
                }
                System.arraycopy(src, srcOff, dst, 0, expected);
            };
            case LZW -> LzwDecoder::decode;
            case DEFLATE -> DeflateCodec::decode;
            case PACKBITS -> PackBits::decode;
            case ZSTD -> ZstdCodec::decode;
            case JPEG, WEBP -> throw new IllegalArgumentException(c + " blocks need their level: use of(ImageLevel)");
        };
    }

    /** Well-formed data in a variant nunatak refuses to decode (lossy WebP); the caller adds the URI and block. */
    final class UnsupportedBlockException extends CorruptBlockException {
        private static final long serialVersionUID = 1L;

        UnsupportedBlockException(String message) {
            super(message);
        }
    }

    /** Malformed compressed data; the caller adds the URI, block and byte range to the message. */
    class CorruptBlockException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptBlockException(String message) {
            super(message);
        }

        CorruptBlockException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
