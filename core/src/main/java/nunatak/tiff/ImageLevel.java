package nunatak.tiff;

import java.net.URI;
import java.nio.ByteOrder;
import nunatak.BadContentException;
import nunatak.UnsupportedFormatException;

/**
 * One resolution level of a TIFF (the full-resolution image, an overview or a mask): its size, block layout,
 * encoding, and where each block of band 1 lies. Strips are treated as blocks one image wide.
 *
 * @param ifd             position of the directory in the file
 * @param kind            full image, reduced-resolution overview, or transparency mask
 * @param blockWidth      tile width, or the image width for strips
 * @param blockHeight     tile height, or RowsPerStrip
 * @param samplesPerPixel bands stored per pixel in each block (1 for band-separate layout)
 * @param bands           number of bands of the image
 * @param offsets         file offset of each block of band 1, row-major
 * @param byteCounts      compressed size of each block of band 1
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
        int samplesPerPixel,
        int bands,
        Compression compression,
        int predictor,
        ByteOrder order,
        long[] offsets,
        long[] byteCounts) {

    /** What a directory holds, from NewSubfileType. */
    public enum Kind { FULL, OVERVIEW, MASK }

    /** Largest decoded block we accept; a header asking for more is hostile or broken. */
    static final long MAX_BLOCK_BYTES = 256L * 1024 * 1024;

    public int blocksAcross() {
        return (int) ceilDiv(width, blockWidth);
    }

    public int blocksDown() {
        return (int) ceilDiv(height, blockHeight);
    }

    public int blockCount() {
        return blocksAcross() * blocksDown();
    }

    /** Rows actually stored in block row {@code by}: tiles are always full, the last strip may be short. */
    public int storedRows(int by) {
        return tiled ? blockHeight : Math.min(blockHeight, height - by * blockHeight);
    }

    /** Decompressed size of a block in block row {@code by}. */
    int decodedBytes(int by) {
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
        long[] bps = ifd.longs(Tag.BITS_PER_SAMPLE);
        int bits = bps == null ? 1 : (int) bps[0];
        long[] formats = ifd.longs(Tag.SAMPLE_FORMAT);
        int format = formats == null ? 1 : (int) formats[0];
        DataType type = DataType.of(format, bits);
        if (type == null) {
            throw new UnsupportedFormatException(where + "samples of " + bits + " bits with SampleFormat (339) = "
                    + format + " are not supported; nunatak reads 8/16/32-bit integers and 32/64-bit floats");
        }
        int compressionCode = (int) ifd.longValue(Tag.COMPRESSION, 1);
        Compression compression = Compression.of(compressionCode);
        if (compression == null) {
            throw new UnsupportedFormatException(where + "Compression (259) = " + compressionCode + " ("
                    + Compression.nameOfUnsupported(compressionCode) + ") is not supported; convert with "
                    + "`gdal_translate -of COG -co COMPRESS=LZW`");
        }
        int predictor = (int) ifd.longValue(Tag.PREDICTOR, 1);
        if (predictor < 1 || predictor > 3 || (predictor == 3 && !type.isFloating())) {
            throw new UnsupportedFormatException(where + "Predictor (317) = " + predictor + " is not valid for "
                    + type + " data");
        }
        int planar = (int) ifd.longValue(Tag.PLANAR_CONFIGURATION, 1);
        if (planar != 1 && planar != 2) {
            throw new BadContentException(where + "PlanarConfiguration (284) = " + planar);
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
        long[] o = java.util.Arrays.copyOf(offsets, (int) perBand);
        long[] c = java.util.Arrays.copyOf(counts, (int) perBand);
        for (int i = 0; i < perBand; i++) {
            if (c[i] < 0 || o[i] < 0 || (c[i] > 0 && o[i] + c[i] > fileLength)) {
                throw new BadContentException(where + offsetsTag + ": block " + i + " at bytes " + o[i] + "-"
                        + (o[i] + c[i] - 1) + " lies past the end of the file (" + fileLength
                        + " bytes); the file is truncated");
            }
        }
        return new ImageLevel(ifd.index(), kind, (int) width, (int) height, (int) bw, (int) bh, tiled, type,
                storedSpp, spp, compression, predictor, order, o, c);
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
