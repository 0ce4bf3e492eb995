package nunatak.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import nunatak.InvalidArgumentException;

/**
 * Lays out the final file as GDAL's COG driver does and writes it: header, GDAL's structural metadata
 * ("ghost" header), the IFDs of all levels (full resolution first), then the block data of the overviews,
 * smallest first, and finally the full-resolution blocks. The block data is copied from the levels'
 * temporary files, so nothing large passes through the heap.
 */
final class CogAssembler {
    static final String GHOST_BODY = "LAYOUT=IFDS_BEFORE_DATA\nBLOCK_ORDER=ROW_MAJOR\nBLOCK_LEADER=SIZE_AS_UINT4\n"
            + "BLOCK_TRAILER=LAST_4_BYTES_REPEATED\nKNOWN_INCOMPATIBLE_EDITION=NO\n ";
    private static final long CLASSIC_LIMIT = 0xFFFF_FFFFL;

    private final RasterSpec spec;
    private final CogWriteOptions options;
    private final List<LevelEncoder> levels;

    CogAssembler(RasterSpec spec, CogWriteOptions options, List<LevelEncoder> levels) {
        this.spec = spec;
        this.options = options;
        this.levels = levels;
    }

    static byte[] ghost() {
        String s = String.format("GDAL_STRUCTURAL_METADATA_SIZE=%06d bytes\n", GHOST_BODY.length()) + GHOST_BODY;
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Where everything goes, for one flavour of TIFF. */
    private record Layout(boolean big, long[] ifdOffsets, long[] dataBases, long headerLength, long fileLength) {
    }

    /** Writes the file into {@code target}, an empty file; returns whether it is BigTIFF. */
    boolean writeTo(Path target) {
        Layout layout = layout(chooseBigTiff());
        List<TiffDirectory> dirs = directories(layout.big(), layout.dataBases());
        ByteBuffer head = ByteBuffer.allocate((int) layout.headerLength()).order(ByteOrder.LITTLE_ENDIAN);
        head.put(0, (byte) 'I').put(1, (byte) 'I');
        if (layout.big()) {
            head.putShort(2, (short) 43).putShort(4, (short) 8).putShort(6, (short) 0).putLong(8, layout.ifdOffsets()[0]);
        } else {
            head.putShort(2, (short) 42).putInt(4, (int) layout.ifdOffsets()[0]);
        }
        head.put(layout.big() ? 16 : 8, ghost());
        for (int i = 0; i < dirs.size(); i++) {
            long next = i + 1 < dirs.size() ? layout.ifdOffsets()[i + 1] : 0;
            dirs.get(i).write(head, layout.ifdOffsets()[i], next);
        }
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            while (head.hasRemaining()) {
                out.write(head);
            }
            for (int i = levels.size() - 1; i >= 0; i--) {
                copy(levels.get(i), out);
            }
            if (out.size() != layout.fileLength()) {
                throw new IllegalStateException("wrote " + out.size() + " bytes, laid out " + layout.fileLength());
            }
        } catch (IOException e) {
            throw CogWriter.ioFailure(target, "write", e);
        }
        return layout.big();
    }

    private static void copy(LevelEncoder level, FileChannel out) throws IOException {
        try (FileChannel in = FileChannel.open(level.tempFile, StandardOpenOption.READ)) {
            long pos = 0;
            long size = in.size();
            while (pos < size) {
                pos += in.transferTo(pos, size - pos, out);
            }
        }
    }

    private boolean chooseBigTiff() {
        return switch (options.bigTiff()) {
            case YES -> true;
            case NO -> {
                Layout classic = layout(false);
                if (classic.fileLength() > CLASSIC_LIMIT) {
                    throw new InvalidArgumentException("the file would be " + classic.fileLength()
                            + " bytes, more than classic TIFF's 4 GiB; allow BigTIFF (BigTiff.IF_NEEDED or YES)");
                }
                yield false;
            }
            case IF_NEEDED -> layout(false).fileLength() > CLASSIC_LIMIT;
        };
    }

    private Layout layout(boolean big) {
        List<TiffDirectory> dirs = directories(big, new long[levels.size()]);
        long pos = (big ? 16 : 8) + ghost().length;
        pos += pos % 2;
        long[] ifds = new long[dirs.size()];
        for (int i = 0; i < dirs.size(); i++) {
            ifds[i] = pos;
            pos += dirs.get(i).size();
        }
        long header = pos;
        long[] bases = new long[levels.size()];
        for (int i = levels.size() - 1; i >= 0; i--) {
            bases[i] = pos;
            pos += levels.get(i).size();
        }
        return new Layout(big, ifds, bases, header, pos);
    }

    private List<TiffDirectory> directories(boolean big, long[] dataBases) {
        List<TiffDirectory> dirs = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelEncoder l = levels.get(i);
            TiffDirectory d = new TiffDirectory(big);
            if (i > 0) {
                d.putLong(Tag.NEW_SUBFILE_TYPE, 1);
            }
            d.putShortOrLong(Tag.IMAGE_WIDTH, l.width);
            d.putShortOrLong(Tag.IMAGE_LENGTH, l.height);
            d.putShort(Tag.BITS_PER_SAMPLE, spec.dataType().bits());
            d.putShort(Tag.COMPRESSION, options.compression().code());
            d.putShort(Tag.PHOTOMETRIC, 1);
            d.putShort(Tag.SAMPLES_PER_PIXEL, 1);
            d.putShort(Tag.PLANAR_CONFIGURATION, 1);
            if (options.compression() != Compression.NONE && options.compression() != Compression.PACKBITS) {
                d.putShort(Tag.PREDICTOR, options.predictor());
            }
            d.putShortOrLong(Tag.TILE_WIDTH, l.blockSize);
            d.putShortOrLong(Tag.TILE_LENGTH, l.blockSize);
            long[] offsets = new long[l.offsets.length];
            long[] counts = new long[l.offsets.length];
            for (int k = 0; k < offsets.length; k++) {
                offsets[k] = dataBases[i] + l.offsets[k];
                counts[k] = l.byteCounts[k];
            }
            d.putOffsets(Tag.TILE_OFFSETS, offsets);
            d.putLong(Tag.TILE_BYTE_COUNTS, counts);
            d.putShort(Tag.SAMPLE_FORMAT, spec.dataType().sampleFormat());
            if (i == 0) {
                GeoTags.put(d, spec.geo());
                if (!spec.metadata().isEmpty()) {
                    d.putAscii(Tag.GDAL_METADATA, GdalMetadata.format(spec.metadata()));
                }
            }
            if (spec.nodata() != null) {
                d.putAscii(Tag.GDAL_NODATA, nodataText(spec.nodata()));
            }
            dirs.add(d);
        }
        return dirs;
    }

    /** GDAL_NODATA as GDAL writes it: integers without a fraction, "nan", "inf", "-inf". */
    static String nodataText(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
