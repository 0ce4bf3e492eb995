package nunatak.tiff;

import java.net.URI;
import java.nio.ByteOrder;
import nunatak.BadContentException;
import nunatak.UnsupportedFormatException;

/**
 * One resolution level of a TIFF (the full-resolution image, an overview or a mask): its size, block layout,
 * encoding, and where each block lies. Strips are treated as blocks one image wide.
 *
 * <pre>{@code
 * ImageLevel full = GeoTiff.open("dem.tif").level(0);
 * int blocks = full.blocksAcross() * full.blocksDown();
 * }</pre>
 *
 * @param ifd             position of the directory in the file
 * @param kind            full image, reduced-resolution overview, or transparency mask
 * @param blockWidth      tile width, or the image width for strips
 * @param blockHeight     tile height, or RowsPerStrip
 * @param dataType        sample type as read (uint8 for 1-bit masks, whose bits are unpacked to 0 and 255)
 * @param bitsPerSample   bits per stored sample: the type's, or 1 for GDAL's bit masks
 * @param samplesPerPixel bands stored per pixel in each block (1 for band-separate layout)
 * @param bands           number of bands of the image
 * @param bandSeparate    PlanarConfiguration 2: each band has its own blocks, band after band
 * @param photometric     PhotometricInterpretation (262): 1 grey, 2 RGB, 4 mask, 6 YCbCr (read as RGB), ...
 * @param offsets         file offset of each block, row-major, band 1's first (then band 2's when separate)
 * @param byteCounts      compressed size of each block, in the same order
 * @param jpegTables      JPEGTables (347): the tables JPEG blocks share, or null
 */
public record ImageLevel(
        int ifd,
        Kind kind,
        int width,
        int height,
        int blockWidth,
        int blockHeight,
        boolean tiled,
        DataType dataType,
        int bitsPerSample,
        int samplesPerPixel,
        int bands,
        boolean bandSeparate,
        Compression compression,
        int predictor,
        int photometric,
        ByteOrder order,
        long[] offsets,
        long[] byteCounts,
        byte[] jpegTables) {

    /** What a directory holds, from NewSubfileType. */
    public enum Kind { FULL, OVERVIEW, MASK }

    static final int PHOTOMETRIC_MASK = 4;
    static final int PHOTOMETRIC_YCBCR = 6;

    /** Largest decoded block we accept; a header asking for more is hostile or broken. */
    static final long MAX_BLOCK_BYTES = 256L * 1024 * 1024;

    public int blocksAcross() {
        return (int) ceilDiv(width, blockWidth);
    }

    public int blocksDown() {
        return (int) ceilDiv(height, blockHeight);
    }

    /** Blocks of one band. */
    public int blockCount() {
        return blocksAcross() * blocksDown();
    }

    /** Rows actually stored in block row {@code by}: tiles are always full, the last strip may be short. */
    public int storedRows(int by) {
        return tiled ? blockHeight : Math.min(blockHeight, height - by * blockHeight);
    }

    /** Whether this is a mask of an image or overview (NewSubfileType bit 4). */
    public boolean isMask() {
        return kind == Kind.MASK;
    }

    /** Position of block (bx, by) of {@code band} (1-based) in {@link #offsets()}. */
    int blockIndex(int band, int bx, int by) {
        int inBand = by * blocksAcross() + bx;
        return bandSeparate ? (band - 1) * blockCount() + inBand : inBand;
    }

    /** Position of {@code band} (1-based) among the samples of a decoded pixel. */
    int sampleIndex(int band) {
        return bandSeparate ? 0 : band - 1;
    }

    /** Decompressed size of a block in block row {@code by}. */
    public int decodedBytes(int by) {
        if (bitsPerSample == 1) {
            return (blockWidth * samplesPerPixel + 7) / 8 * storedRows(by);
        }
        return blockWidth * storedRows(by) * samplesPerPixel * dataType.bytes();
    }

    static ImageLevel from(Ifd ifd, URI uri, ByteOrder order, long fileLength) {
        String where = uri + ": IFD " + ifd.index() + ": ";
        long subfile = ifd.longValue(Tag.NEW_SUBFILE_TYPE, 0);
        Kind kind = (subfile & 4) != 0 ? Kind.MASK : (subfile & 1) != 0 ? Kind.OVERVIEW : Kind.FULL;
        long width = required(ifd, Tag.IMAGE_WIDTH, where);
        long height = required(ifd, Tag.IMAGE_LENGTH, where);
        if (width < 1 || height < 1 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw new BadContentException(where + "absurd image size " + width + " x " + height
                    + " (tags ImageWidth (256), ImageLength (257))");
        }
        int spp = (int) ifd.longValue(Tag.SAMPLES_PER_PIXEL, 1);
        if (spp < 1 || spp > 4096) {
            throw new BadContentException(where + "absurd SamplesPerPixel (277) = " + spp);
        }
        int photometric = (int) ifd.longValue(Tag.PHOTOMETRIC, kind == Kind.MASK ? PHOTOMETRIC_MASK : 1);
        int planar = (int) ifd.longValue(Tag.PLANAR_CONFIGURATION, 1);
        if (planar != 1 && planar != 2) {
            throw new BadContentException(where + "PlanarConfiguration (284) = " + planar);
        }
        int bits = sampleBits(ifd, where);
        DataType type = sampleType(ifd, kind, bits, spp, where);
        Compression compression = compression(ifd, where);
        checkEncoding(compression, type, bits, spp, planar, photometric, where);
        int predictor = (int) ifd.longValue(Tag.PREDICTOR, 1);
        if (predictor < 1 || predictor > 3 || (predictor == 3 && !type.isFloating()) || (predictor != 1 && bits == 1)
                || (predictor != 1 && (compression == Compression.JPEG || compression == Compression.WEBP))) {
            throw new UnsupportedFormatException(where + "Predictor (317) = " + predictor + " is not valid for "
                    + (bits == 1 ? "1-bit" : type.toString()) + " data compressed with " + compression);
        }
        boolean tiled = ifd.has(Tag.TILE_WIDTH);
        long bw;
        long bh;
        long[] offsets;
        long[] counts;
        String offsetsTag;
        if (tiled) {
            bw = required(ifd, Tag.TILE_WIDTH, where);
            bh = required(ifd, Tag.TILE_LENGTH, where);
            offsets = ifd.longs(Tag.TILE_OFFSETS);
            counts = ifd.longs(Tag.TILE_BYTE_COUNTS);
            offsetsTag = "TileOffsets (324) / TileByteCounts (325)";
        } else {
            bw = width;
            bh = Math.min(ifd.longValue(Tag.ROWS_PER_STRIP, height), height);
            offsets = ifd.longs(Tag.STRIP_OFFSETS);
            counts = ifd.longs(Tag.STRIP_BYTE_COUNTS);
            offsetsTag = "StripOffsets (273) / StripByteCounts (279)";
        }
        if (bw < 1 || bh < 1 || bw > 1 << 20 || bh > Integer.MAX_VALUE) {
            throw new BadContentException(where + "absurd block size " + bw + " x " + bh);
        }
        int storedSpp = planar == 1 ? spp : 1;
        if (bw * bh * storedSpp * type.bytes() > MAX_BLOCK_BYTES) {
            throw new UnsupportedFormatException(where + "blocks of " + bw + " x " + bh + " pixels ("
                    + bw * bh * storedSpp * type.bytes() / (1 << 20) + " MiB decoded) are too large; "
                    + "rewrite the file as a tiled COG with `gdal_translate -of COG`");
        }
        long perBand = ceilDiv(width, bw) * ceilDiv(height, bh);
        long needed = planar == 1 ? perBand : perBand * spp;
        if (offsets == null || counts == null || offsets.length < needed || counts.length < needed) {
            throw new BadContentException(where + offsetsTag + " list " + (offsets == null ? 0 : offsets.length)
                    + " blocks but the image needs " + needed);
        }
        long[] o = java.util.Arrays.copyOf(offsets, (int) needed);
        long[] c = java.util.Arrays.copyOf(counts, (int) needed);
        for (int i = 0; i < needed; i++) {
            if (c[i] < 0 || o[i] < 0 || (c[i] > 0 && o[i] + c[i] > fileLength)) {
                throw new BadContentException(where + offsetsTag + ": block " + i + " at bytes " + o[i] + "-"
                        + (o[i] + c[i] - 1) + " lies past the end of the file (" + fileLength
                        + " bytes); the file is truncated").at(uri, o[i], c[i]);
            }
        }
        byte[] tables = compression == Compression.JPEG ? ifd.bytes(Tag.JPEG_TABLES) : null;
        return new ImageLevel(ifd.index(), kind, (int) width, (int) height, (int) bw, (int) bh, tiled, type, bits,
                storedSpp, spp, planar == 2, compression, predictor, photometric, order, o, c, tables);
    }

    /** BitsPerSample, which must be the same for every sample (as GDAL requires). */
    private static int sampleBits(Ifd ifd, String where) {
        long[] bps = ifd.longs(Tag.BITS_PER_SAMPLE);
        int bits = bps == null || bps.length == 0 ? 1 : (int) bps[0];
        if (bps != null) {
            for (long b : bps) {
                if (b != bits) {
                    throw new UnsupportedFormatException(where + "BitsPerSample (258) = "
                            + java.util.Arrays.toString(bps) + ": bands of different sample sizes are not supported");
                }
            }
        }
        return bits;
    }

    private static DataType sampleType(Ifd ifd, Kind kind, int bits, int spp, String where) {
        long[] formats = ifd.longs(Tag.SAMPLE_FORMAT);
        int format = formats == null || formats.length == 0 ? 1 : (int) formats[0];
        if (bits == 1) {
            if (kind != Kind.MASK) {
                throw new UnsupportedFormatException(where + "BitsPerSample (258) = 1: 1-bit images are not "
                        + "supported (GDAL's 1-bit masks, NewSubfileType (254) bit 4, are); convert with "
                        + "`gdal_translate -ot Byte`");
            }
            if (spp != 1) {
                throw new UnsupportedFormatException(where + "SamplesPerPixel (277) = " + spp + " in a mask: only "
                        + "masks shared by all bands (one sample, as GDAL writes them) are supported");
            }
            return DataType.UINT8;
        }
        DataType type = DataType.of(format, bits);
        if (type == null) {
            String kindOf = format == 5 || format == 6 ? " (complex)" : "";
            throw new UnsupportedFormatException(where + "samples of " + bits + " bits with SampleFormat (339) = "
                    + format + kindOf + " are not supported; nunatak reads 8/16/32-bit integers and 32/64-bit floats");
        }
        return type;
    }

    private static Compression compression(Ifd ifd, String where) {
        int code = (int) ifd.longValue(Tag.COMPRESSION, 1);
        Compression compression = Compression.of(code);
        if (compression == null) {
            throw new UnsupportedFormatException(where + "Compression (259) = " + code + " ("
                    + Compression.nameOfUnsupported(code) + ") is not supported; convert with "
                    + "`gdal_translate -of COG -co COMPRESS=LZW`");
        }
        return compression;
    }

    /** The combinations GDAL writes for JPEG, WebP and YCbCr; anything else is refused before a block is read. */
    private static void checkEncoding(Compression compression, DataType type, int bits, int spp, int planar,
                                      int photometric, String where) {
        boolean lossy = compression == Compression.JPEG || compression == Compression.WEBP;
        if (lossy && (bits != 8 || type != DataType.UINT8)) {
            throw new UnsupportedFormatException(where + "Compression (259) = " + compression.code() + " ("
                    + compression + ") with " + bits + "-bit " + type + " samples is not supported; nunatak reads "
                    + compression + " blocks of 8-bit unsigned samples");
        }
        if (compression == Compression.WEBP && (spp < 3 || spp > 4 || planar != 1)) {
            throw new UnsupportedFormatException(where + "Compression (259) = 50001 (WEBP) with SamplesPerPixel "
                    + "(277) = " + spp + " and PlanarConfiguration (284) = " + planar + " is not supported; WebP "
                    + "blocks hold RGB or RGBA pixels");
        }
        if (photometric == PHOTOMETRIC_YCBCR && (compression != Compression.JPEG || spp != 3 || planar != 1)) {
            throw new UnsupportedFormatException(where + "PhotometricInterpretation (262) = 6 (YCbCr) is only "
                    + "supported in JPEG-compressed files of 3 interleaved samples (as GDAL writes them); convert "
                    + "with `gdal_translate -co COMPRESS=LZW`");
        }
    }

    private static long required(Ifd ifd, int tag, String where) {
        long[] v = ifd.longs(tag);
        if (v == null || v.length == 0) {
            throw new BadContentException(where + "required tag " + Tag.describe(tag) + " is missing");
        }
        return v[0];
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
