package nunatak.tiff;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.source.ByteRange;
import nunatak.source.RangeReader;
import nunatak.source.SourceOptions;

/**
 * A (cloud-optimized) GeoTIFF opened for reading: header, levels, georeferencing, and window reads that
 * fetch only the blocks they touch. Opening costs one request for GDAL-written COGs. Thread-safe.
 *
 * <pre>{@code
 * GeoTiff tif = GeoTiff.open("gs://pangeo-pgc/8m/40_20/40_20_8m_dem_COG_LZW.tif");
 * System.out.println(tif.width() + " x " + tif.height() + ", EPSG:" + tif.geo().epsg());
 * Raster r = tif.read(new Window(6000, 6000, 512, 512));   // one block, one request
 * Raster preview = tif.read(tif.overviewCount(), Window.of(tif.level(tif.overviewCount()).width(),
 *         tif.level(tif.overviewCount()).height()));
 * }</pre>
 */
public final class GeoTiff {
    private final RangeReader reader;
    private final TiffParser.Parsed parsed;
    private final List<ImageLevel> levels;
    private final List<ImageLevel> masks;
    private final GeoReference geo;
    private final Double nodata;
    private final List<MetadataItem> metadata;
    private final Map<String, String> structure;
    private final boolean framed;

    private GeoTiff(RangeReader reader) {
        this.reader = reader;
        URI uri = reader.uri();
        this.parsed = TiffParser.parse(reader, reader.options().headerBytes());
        List<ImageLevel> all = new ArrayList<>();
        for (Ifd ifd : parsed.ifds()) {
            all.add(ImageLevel.from(ifd, uri, parsed.order(), parsed.fileLength()));
        }
        ImageLevel full = all.stream().filter(l -> l.kind() == ImageLevel.Kind.FULL).findFirst().orElse(all.get(0));
        List<ImageLevel> lv = new ArrayList<>();
        lv.add(full);
        all.stream()
                .filter(l -> l != full && l.kind() != ImageLevel.Kind.MASK && l.width() < full.width())
                .sorted(Comparator.comparingInt(ImageLevel::width).reversed())
                .forEach(lv::add);
        this.levels = List.copyOf(lv);
        this.masks = all.stream().filter(l -> l.kind() == ImageLevel.Kind.MASK).toList();
        Ifd first = parsed.ifds().get(full.ifd());
        this.geo = GeoKeys.read(first, uri);
        this.nodata = parseNodata(first.text(Tag.GDAL_NODATA), uri);
        this.metadata = GdalMetadata.parse(first.text(Tag.GDAL_METADATA), uri);
        this.structure = parseStructure(parsed.ghostHeader());
        this.framed = "SIZE_AS_UINT4".equals(structure.get("BLOCK_LEADER"))
                && "LAST_4_BYTES_REPEATED".equals(structure.get("BLOCK_TRAILER"))
                && !"YES".equals(structure.get("KNOWN_INCOMPATIBLE_EDITION"));
    }

    /** Opens a path or URI with default source options. */
    public static GeoTiff open(String location) {
        return open(location, SourceOptions.DEFAULT);
    }

    public static GeoTiff open(String location, SourceOptions options) {
        return new GeoTiff(RangeReader.open(location, options));
    }

    public static GeoTiff open(RangeReader reader) {
        return new GeoTiff(reader);
    }

    public URI uri() {
        return reader.uri();
    }

    public RangeReader reader() {
        return reader;
    }

    public int width() {
        return levels.get(0).width();
    }

    public int height() {
        return levels.get(0).height();
    }

    public DataType dataType() {
        return levels.get(0).dataType();
    }

    public int bandCount() {
        return levels.get(0).bands();
    }

    public boolean isBigTiff() {
        return parsed.bigTiff();
    }

    public ByteOrder byteOrder() {
        return parsed.order();
    }

    public long fileLength() {
        return parsed.fileLength();
    }

    /** Level 0 is the full image, then overviews from the largest to the smallest. */
    public List<ImageLevel> levels() {
        return levels;
    }

    public ImageLevel level(int index) {
        if (index < 0 || index >= levels.size()) {
            throw new InvalidArgumentException(uri() + ": no overview level " + index + "; the file has levels 0.."
                    + (levels.size() - 1) + " (0 = full resolution)");
        }
        return levels.get(index);
    }

    public int overviewCount() {
        return levels.size() - 1;
    }

    public List<ImageLevel> masks() {
        return masks;
    }

    /** Georeferencing of the full image, or null for a plain TIFF. */
    public GeoReference geo() {
        return geo;
    }

    /** Georeferencing of a level: overviews cover the same extent with proportionally larger pixels. */
    public GeoReference geo(int level) {
        ImageLevel l = level(level);
        return geo == null || level == 0 ? geo
                : geo.scaled((double) width() / l.width(), (double) height() / l.height());
    }

    public OptionalDouble nodata() {
        return nodata == null ? OptionalDouble.empty() : OptionalDouble.of(nodata);
    }

    public List<MetadataItem> metadata() {
        return metadata;
    }

    /** GDAL's COG layout description (LAYOUT, BLOCK_ORDER, ...), empty when the file has none. */
    public Map<String, String> structuralMetadata() {
        return structure;
    }

    /** Reads a window of band 1 of the full-resolution image. */
    public Raster read(Window w) {
        return read(0, w);
    }

    /** Reads a window of band 1 of a level, fetching only the blocks it touches, in merged requests. */
    public Raster read(int levelIndex, Window w) {
        ImageLevel l = level(levelIndex);
        if (!w.within(l.width(), l.height())) {
            throw new InvalidArgumentException(uri() + ": window " + w + " (col,row,width,height) is outside level "
                    + levelIndex + " of " + l.width() + " x " + l.height() + " pixels");
        }
        Samples out = Samples.allocate(l.dataType(), w.width() * w.height());
        if (w.isEmpty()) {
            return new Raster(l.dataType(), w.width(), w.height(), out);
        }
        int bx0 = w.col() / l.blockWidth();
        int bx1 = (w.endCol() - 1) / l.blockWidth();
        int by0 = w.row() / l.blockHeight();
        int by1 = (w.endRow() - 1) / l.blockHeight();
        List<int[]> blocks = new ArrayList<>();
        for (int by = by0; by <= by1; by++) {
            for (int bx = bx0; bx <= bx1; bx++) {
                blocks.add(new int[] {bx, by});
            }
        }
        List<Samples> decoded = readBlocks(levelIndex, blocks);
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

    /** The bytes to fetch for a block (including GDAL's size leader and trailer when the file has them). */
    public ByteRange blockRange(int levelIndex, int bx, int by) {
        ImageLevel l = level(levelIndex);
        int i = blockIndex(l, bx, by);
        long off = l.offsets()[i];
        long len = l.byteCounts()[i];
        if (len == 0) {
            return new ByteRange(0, 0);
        }
        return framed && off >= 4 ? new ByteRange(off - 4, len + 8) : new ByteRange(off, len);
    }

    /**
     * Reads whole blocks (decoded, {@code blockWidth x storedRows(by)} values each) in one batch of merged,
     * concurrent requests. Sparse blocks (no data written) come back filled with nodata, or 0 without it,
     * as GDAL reads them.
     */
    public List<Samples> readBlocks(int levelIndex, List<int[]> blocks) {
        List<ByteRange> ranges = new ArrayList<>();
        for (int[] b : blocks) {
            ranges.add(blockRange(levelIndex, b[0], b[1]));
        }
        List<byte[]> raw = reader.readAll(ranges);
        List<Samples> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            out.add(decodeBlock(levelIndex, blocks.get(i)[0], blocks.get(i)[1], ranges.get(i), raw.get(i)));
        }
        return out;
    }

    public Samples readBlock(int levelIndex, int bx, int by) {
        return readBlocks(levelIndex, List.of(new int[] {bx, by})).get(0);
    }

    /** Decodes the fetched bytes of one block; public so engines can fetch and decode on different threads. */
    public Samples decodeBlock(int levelIndex, int bx, int by, ByteRange range, byte[] bytes) {
        return decodeBlock(levelIndex, bx, by, range, bytes, null);
    }

    /**
     * As {@link #decodeBlock(int, int, int, ByteRange, byte[])}, decoding into {@code reuse} (samples an earlier
     * call returned, no longer needed) when it fits: a block's worth of float32 is just over 1 MiB, which G1
     * allocates as a humongous object on heaps below 8 GiB, so a bulk reader should not allocate one per block.
     */
    public Samples decodeBlock(int levelIndex, int bx, int by, ByteRange range, byte[] bytes, Samples reuse) {
        ImageLevel l = level(levelIndex);
        int rows = l.storedRows(by);
        if (range.length() == 0) {
            Samples s = Samples.allocate(l.dataType(), l.blockWidth() * rows);
            s.fill(nodata == null ? 0 : nodata);
            return s;
        }
        int start = 0;
        int len = bytes.length;
        if (framed && range.length() == l.byteCounts()[blockIndex(l, bx, by)] + 8) {
            checkFraming(l, bx, by, range, bytes);
            start = 4;
            len -= 8;
        }
        int expected = l.decodedBytes(by);
        byte[] dst = ScratchBytes.get(expected + BlockCodec.PADDING);
        try {
            BlockCodec.of(l.compression()).decode(bytes, start, len, dst, expected);
        } catch (BlockCodec.CorruptBlockException e) {
            throw new BadContentException(uri() + ": " + l.compression() + " block (" + bx + ", " + by + ") of level "
                    + levelIndex + " at " + range + " is corrupt: " + e.getMessage()
                    + "; the file is damaged or truncated (re-download it)", e);
        }
        return SampleDecoder.decode(dst, l.blockWidth(), rows, l.samplesPerPixel(), l.dataType(), l.predictor(),
                l.order(), reuse);
    }

    private void checkFraming(ImageLevel l, int bx, int by, ByteRange range, byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long leader = b.getInt(0) & 0xFFFFFFFFL;
        int n = bytes.length;
        boolean trailerOk = n >= 12 && b.getInt(n - 4) == b.getInt(n - 8);
        if (leader != n - 8 || !trailerOk) {
            throw new BadContentException(uri() + ": block (" + bx + ", " + by + ") at " + range
                    + " does not match GDAL's block leader/trailer (the COG header promises BLOCK_LEADER=SIZE_AS_UINT4, "
                    + "BLOCK_TRAILER=LAST_4_BYTES_REPEATED); the file is corrupt or was modified in place");
        }
    }

    private int blockIndex(ImageLevel l, int bx, int by) {
        if (bx < 0 || by < 0 || bx >= l.blocksAcross() || by >= l.blocksDown()) {
            throw new InvalidArgumentException(uri() + ": block (" + bx + ", " + by + ") outside the " + l.blocksAcross()
                    + " x " + l.blocksDown() + " block grid");
        }
        return by * l.blocksAcross() + bx;
    }

    private static Double parseNodata(String text, URI uri) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return switch (t.toLowerCase(java.util.Locale.ROOT)) {
                case "nan", "-nan" -> Double.NaN;
                case "inf", "+inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(t);
            };
        } catch (NumberFormatException e) {
            throw new BadContentException(uri + ": GDAL_NODATA (42113) = '" + t + "' is not a number", e);
        }
    }

    private static Map<String, String> parseStructure(String ghost) {
        Map<String, String> m = new LinkedHashMap<>();
        if (ghost != null) {
            for (String line : ghost.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
