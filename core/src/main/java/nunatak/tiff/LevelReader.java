package nunatak.tiff;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.source.ByteRange;
import nunatak.source.RangeReader;

/**
 * Reads the blocks of one {@link ImageLevel} (an image, overview or mask): where a block of a band lies, how
 * its bytes decode, and windows assembled from blocks. {@link GeoTiff} keeps one per level and per mask.
 */
final class LevelReader {
    private final URI uri;
    private final ImageLevel level;
    private final String name;
    private final BlockCodec codec;
    private final boolean framed;
    private final double sparseFill;

    /**
     * @param name       how messages call the level ("level 1", "mask of level 0")
     * @param framed     whether GDAL's ghost header promises a size leader and trailer around each block
     * @param sparseFill what a block that was never written reads as
     */
    LevelReader(URI uri, ImageLevel level, String name, boolean framed, double sparseFill) {
        this.uri = uri;
        this.level = level;
        this.name = name;
        this.codec = BlockCodec.of(level);
        this.framed = framed;
        this.sparseFill = sparseFill;
    }

    ImageLevel level() {
        return level;
    }

    /** The bytes to fetch for a block of a band (with GDAL's leader and trailer when the file has them). */
    ByteRange blockRange(int band, int bx, int by) {
        int i = index(band, bx, by);
        long off = level.offsets()[i];
        long len = level.byteCounts()[i];
        if (len == 0) {
            return new ByteRange(0, 0);
        }
        return framed && off >= 4 ? new ByteRange(off - 4, len + 8) : new ByteRange(off, len);
    }

    /** Decodes the fetched bytes of a block of a band into {@code blockWidth x storedRows(by)} values. */
    Samples decode(int band, int bx, int by, ByteRange range, byte[] bytes, Samples reuse) {
        return decode(band, bx, by, range, bytes, 0, bytes.length, reuse);
    }

    /** As above, the block's bytes being {@code bytes[offset, offset + length)}. */
    Samples decode(int band, int bx, int by, ByteRange range, byte[] bytes, int offset, int length, Samples reuse) {
        int i = index(band, bx, by);
        int rows = level.storedRows(by);
        if (range.length() == 0) {
            Samples s = Samples.allocate(level.dataType(), level.blockWidth() * rows);
            s.fill(sparseFill);
            return s;
        }
        int start = offset;
        int len = length;
        if (framed && range.length() == level.byteCounts()[i] + 8) {
            checkFraming(bx, by, range, bytes, offset, length);
            start += 4;
            len -= 8;
        }
        int expected = level.decodedBytes(by);
        byte[] dst = ScratchBytes.get(expected + BlockCodec.PADDING);
        try {
            codec.decode(bytes, start, len, dst, expected);
        } catch (BlockCodec.UnsupportedBlockException e) {
            throw new nunatak.UnsupportedFormatException(uri + ": " + level.compression() + " block (" + bx + ", " + by
                    + ") of " + name + " at " + range + ": " + e.getMessage(), e);
        } catch (BlockCodec.CorruptBlockException e) {
            throw new BadContentException(uri + ": " + level.compression() + " block (" + bx + ", " + by + ")"
                    + (level.bandSeparate() ? " of band " + band : "") + " of " + name + " at " + range
                    + " is corrupt: " + e.getMessage() + "; the file is damaged or truncated (re-download it)", e)
                    .at(uri, range.offset(), range.length());
        }
        if (level.bitsPerSample() == 1) {
            return SampleDecoder.bits(dst, level.blockWidth(), rows);
        }
        return SampleDecoder.decode(dst, level.blockWidth(), rows, level.samplesPerPixel(), level.sampleIndex(band),
                level.dataType(), level.predictor(), level.order(), reuse);
    }

    /** Whole blocks of a band, fetched in one batch of merged, concurrent requests. */
    List<Samples> readBlocks(RangeReader reader, int band, List<int[]> blocks) {
        List<ByteRange> ranges = new ArrayList<>();
        for (int[] b : blocks) {
            ranges.add(blockRange(band, b[0], b[1]));
        }
        List<byte[]> raw = reader.readAll(ranges);
        List<Samples> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            out.add(decode(band, blocks.get(i)[0], blocks.get(i)[1], ranges.get(i), raw.get(i), null));
        }
        return out;
    }

    /** A window of a band, fetching only the blocks it touches. */
    Raster read(RangeReader reader, int band, Window w) {
        ImageLevel l = level;
        if (!w.within(l.width(), l.height())) {
            throw new InvalidArgumentException(uri + ": window " + w + " (col,row,width,height) is outside " + name
                    + " of " + l.width() + " x " + l.height() + " pixels");
        }
        Samples out = Samples.allocate(l.dataType(), w.width() * w.height());
        if (w.isEmpty()) {
            return new Raster(l.dataType(), w.width(), w.height(), out);
        }
        List<int[]> blocks = new ArrayList<>();
        for (int by = w.row() / l.blockHeight(); by <= (w.endRow() - 1) / l.blockHeight(); by++) {
            for (int bx = w.col() / l.blockWidth(); bx <= (w.endCol() - 1) / l.blockWidth(); bx++) {
                blocks.add(new int[] {bx, by});
            }
        }
        List<Samples> decoded = readBlocks(reader, band, blocks);
        for (int i = 0; i < blocks.size(); i++) {
            int bx = blocks.get(i)[0];
            int by = blocks.get(i)[1];
            Window blockWin = new Window(bx * l.blockWidth(), by * l.blockHeight(), l.blockWidth(), l.storedRows(by));
            Window part = blockWin.intersect(w);
            Samples src = decoded.get(i);
            for (int r = part.row(); r < part.endRow(); r++) {
                int from = (r - blockWin.row()) * l.blockWidth() + (part.col() - blockWin.col());
                int to = (r - w.row()) * w.width() + (part.col() - w.col());
                src.copyTo(from, out, to, part.width());
            }
        }
        return new Raster(l.dataType(), w.width(), w.height(), out);
    }

    private void checkFraming(int bx, int by, ByteRange range, byte[] bytes, int offset, int n) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long leader = n < 4 ? -1 : b.getInt(offset) & 0xFFFFFFFFL;
        boolean trailerOk = n >= 12 && b.getInt(offset + n - 4) == b.getInt(offset + n - 8);
        if (leader != n - 8 || !trailerOk) {
            throw new BadContentException(uri + ": block (" + bx + ", " + by + ") of " + name + " at " + range
                    + " does not match GDAL's block leader/trailer (the COG header promises BLOCK_LEADER=SIZE_AS_UINT4, "
                    + "BLOCK_TRAILER=LAST_4_BYTES_REPEATED); the file is corrupt or was modified in place")
                    .at(uri, range.offset(), range.length());
        }
    }

    private int index(int band, int bx, int by) {
        if (band < 1 || band > level.bands()) {
            throw new InvalidArgumentException(uri + ": no band " + band + "; " + name + " has bands 1.."
                    + level.bands());
        }
        if (bx < 0 || by < 0 || bx >= level.blocksAcross() || by >= level.blocksDown()) {
            throw new InvalidArgumentException(uri + ": block (" + bx + ", " + by + ") outside the "
                    + level.blocksAcross() + " x " + level.blocksDown() + " block grid of " + name);
        }
        return level.blockIndex(band, bx, by);
    }
}
