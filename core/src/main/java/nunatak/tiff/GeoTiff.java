package nunatak.tiff;

import java.net.URI;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.UnsupportedFormatException;
import nunatak.source.ByteRange;
import nunatak.source.ByteSlice;
import nunatak.source.RangeReader;
import nunatak.source.SourceOptions;

/**
 * A (cloud-optimized) GeoTIFF opened for reading: header, levels, georeferencing, and window reads that
 * fetch only the blocks they touch. Opening costs one request for GDAL-written COGs. Thread-safe.
 *
 * <p>Any band of pixel- or band-interleaved files can be read (bands are numbered from 1, as in GDAL; the
 * methods without a band read band 1). GDAL's internal masks (NewSubfileType bit 4, one per level) are
 * recognised: {@link #readMask} returns them as GDAL's GetMaskBand does (0 masked, 255 valid) and
 * {@link #readMasked} turns masked pixels into NaN. Nodata is the band-typed value GDAL compares
 * ({@link Nodata}).
 *
 * <pre>{@code
 * GeoTiff tif = GeoTiff.open("gs://pangeo-pgc/8m/40_20/40_20_8m_dem_COG_LZW.tif");
 * System.out.println(tif.width() + " x " + tif.height() + ", EPSG:" + tif.geo().epsg());
 * Raster r = tif.read(new Window(6000, 6000, 512, 512));   // one block, one request
 * Raster green = tif.read(0, 2, new Window(0, 0, 256, 256));
 * Raster valid = tif.readMasked(0, 1, new Window(0, 0, 256, 256));   // NaN where the internal mask says so
 * }</pre>
 */
public final class GeoTiff {
    private final RangeReader reader;
    private final TiffParser.Parsed parsed;
    private final List<LevelReader> levels;
    private final List<LevelReader> masks;
    private final GeoReference geo;
    private final Nodata nodata;
    private final List<MetadataItem> metadata;
    private final Map<String, String> structure;

    private GeoTiff(RangeReader reader) {
        this.reader = reader;
        URI uri = reader.uri();
        this.parsed = TiffParser.parse(reader, reader.options().headerBytes());
        List<ImageLevel> all = new ArrayList<>();
        for (Ifd ifd : parsed.ifds()) {
            all.add(ImageLevel.from(ifd, uri, parsed.order(), parsed.fileLength()));
        }
        ImageLevel full = all.stream().filter(l -> l.kind() == ImageLevel.Kind.FULL).findFirst()
                .orElse(all.stream().filter(l -> !l.isMask()).findFirst().orElseThrow(() -> new BadContentException(
                        uri + ": the file holds only masks (NewSubfileType (254) bit 4), no image")));
        List<ImageLevel> lv = new ArrayList<>();
        lv.add(full);
        all.stream()
                .filter(l -> l != full && !l.isMask() && l.width() < full.width())
                .sorted(Comparator.comparingInt(ImageLevel::width).reversed())
                .forEach(lv::add);
        Ifd first = parsed.ifds().get(full.ifd());
        this.geo = GeoKeys.read(first, uri);
        this.nodata = Nodata.of(first.text(Tag.GDAL_NODATA), full.dataType());
        this.metadata = GdalMetadata.parse(first.text(Tag.GDAL_METADATA), uri);
        this.structure = parseStructure(parsed.ghostHeader());
        boolean framed = "SIZE_AS_UINT4".equals(structure.get("BLOCK_LEADER"))
                && "LAST_4_BYTES_REPEATED".equals(structure.get("BLOCK_TRAILER"))
                && !"YES".equals(structure.get("KNOWN_INCOMPATIBLE_EDITION"));
        List<LevelReader> readers = new ArrayList<>();
        List<LevelReader> maskReaders = new ArrayList<>();
        for (int i = 0; i < lv.size(); i++) {
            ImageLevel l = lv.get(i);
            readers.add(new LevelReader(uri, l, "level " + i, framed, nodata.sparseFill()));
            ImageLevel mask = maskOf(all, l);
            maskReaders.add(mask == null ? null : new LevelReader(uri, mask, "the mask of level " + i, framed, 0));
        }
        this.levels = List.copyOf(readers);
        this.masks = java.util.Collections.unmodifiableList(maskReaders);
    }

    /**
     * The mask GDAL pairs with a level: the one of the same size (NewSubfileType 4 for the full image, 5 for an
     * overview).
     */
    private static ImageLevel maskOf(List<ImageLevel> all, ImageLevel image) {
        for (ImageLevel m : all) {
            if (m.isMask() && m.width() == image.width() && m.height() == image.height()) {
                return m;
            }
        }
        return null;
    }

    /** Opens a path or URI with default source options. */
    public static GeoTiff open(String location) {
        return open(location, SourceOptions.DEFAULT);
    }

    public static GeoTiff open(String location, SourceOptions options) {
        return open(RangeReader.open(location, options));
    }

    public static GeoTiff open(RangeReader reader) {
        try {
            return new GeoTiff(reader);
        } catch (NunatakException e) {
            if (e.uri().isEmpty()) {   // the header's checks name the file in their messages; uri() says it too
                e.at(reader.uri());
            }
            throw e;
        }
    }

    public URI uri() {
        return reader.uri();
    }

    public RangeReader reader() {
        return reader;
    }

    public int width() {
        return level(0).width();
    }

    public int height() {
        return level(0).height();
    }

    /** The sample type, the same for every band (TIFF has one SampleFormat and BitsPerSample per image). */
    public DataType dataType() {
        return level(0).dataType();
    }

    public int bandCount() {
        return level(0).bands();
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
        return levels.stream().map(LevelReader::level).toList();
    }

    public ImageLevel level(int index) {
        return levelReader(index).level();
    }

    public int overviewCount() {
        return levels.size() - 1;
    }

    /** The internal masks, one per level that has one (GDAL_TIFF_INTERNAL_MASK). */
    public List<ImageLevel> masks() {
        return masks.stream().filter(java.util.Objects::nonNull).map(LevelReader::level).toList();
    }

    /** The internal mask of a level, if it has one. */
    public Optional<ImageLevel> mask(int level) {
        levelReader(level);
        return Optional.ofNullable(masks.get(level)).map(LevelReader::level);
    }

    /** Whether the full image has an internal mask, shared by all its bands (GDAL's GMF_PER_DATASET). */
    public boolean hasMask() {
        return masks.get(0) != null;
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

    /** The nodata value GDAL compares pixels with, empty when there is none or GDAL ignores it. */
    public OptionalDouble nodata() {
        return nodata.optional();
    }

    /** GDAL_NODATA as written and as understood: the text, the band-typed value, and why they differ. */
    public Nodata nodataInfo() {
        return nodata;
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
        return read(0, 1, w);
    }

    /** Reads a window of band 1 of a level, fetching only the blocks it touches, in merged requests. */
    public Raster read(int levelIndex, Window w) {
        return read(levelIndex, 1, w);
    }

    /** Reads a window of a band (1-based) of a level, fetching only the blocks it touches, in merged requests. */
    public Raster read(int levelIndex, int band, Window w) {
        return levelReader(levelIndex).read(reader, band, w);
    }

    /**
     * The internal mask of a level over a window, as GDAL's GetMaskBand reads it: 0 where pixels are masked
     * (invalid), 255 where they are valid.
     */
    public Raster readMask(int levelIndex, Window w) {
        return maskReader(levelIndex).read(reader, 1, w);
    }

    /**
     * A window of a band with the level's internal mask applied: masked pixels are NaN. A level without an
     * internal mask reads as {@link #read(int, int, Window)} (GDAL's mask is then all valid, or nodata-based).
     */
    public Raster readMasked(int levelIndex, int band, Window w) {
        Raster values = read(levelIndex, band, w);
        if (masks.get(levelIndex) != null) {
            applyMask(values.samples(), readMask(levelIndex, w).samples());
        }
        return values;
    }

    /** Sets {@code values} to NaN where {@code mask} (of the same shape, from the mask methods) is 0. */
    public static void applyMask(Samples values, Samples mask) {
        if (values.size() != mask.size()) {
            throw new InvalidArgumentException("a mask of " + mask.size() + " pixels cannot apply to " + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            if (mask.get(i) == 0) {
                values.set(i, Double.NaN);
            }
        }
    }

    /** The bytes to fetch for a block of band 1 (including GDAL's size leader and trailer when the file has them). */
    public ByteRange blockRange(int levelIndex, int bx, int by) {
        return blockRange(levelIndex, 1, bx, by);
    }

    /** The bytes to fetch for a block of a band: the same for every band of pixel-interleaved files. */
    public ByteRange blockRange(int levelIndex, int band, int bx, int by) {
        return levelReader(levelIndex).blockRange(band, bx, by);
    }

    /**
     * The bytes of the block of a level's internal mask that covers the same pixels as image block (bx, by);
     * GDAL writes masks with the image's block size, which this requires.
     */
    public ByteRange maskBlockRange(int levelIndex, int bx, int by) {
        return alignedMask(levelIndex).blockRange(1, bx, by);
    }

    /** Decodes a fetched mask block into 0 (masked) / 255 (valid) values, laid out as the image block's. */
    public Samples decodeMaskBlock(int levelIndex, int bx, int by, ByteRange range, byte[] bytes) {
        return alignedMask(levelIndex).decode(1, bx, by, range, bytes, null);
    }

    /**
     * Reads whole blocks of band 1 (decoded, {@code blockWidth x storedRows(by)} values each) in one batch of
     * merged, concurrent requests. Sparse blocks (no data written) come back filled as GDAL fills them: with the
     * nodata value converted to the band's type, or 0 without one.
     */
    public List<Samples> readBlocks(int levelIndex, List<int[]> blocks) {
        return readBlocks(levelIndex, 1, blocks);
    }

    /** As {@link #readBlocks(int, List)} for a band (1-based). */
    public List<Samples> readBlocks(int levelIndex, int band, List<int[]> blocks) {
        return levelReader(levelIndex).readBlocks(reader, band, blocks);
    }

    public Samples readBlock(int levelIndex, int bx, int by) {
        return readBlock(levelIndex, 1, bx, by);
    }

    public Samples readBlock(int levelIndex, int band, int bx, int by) {
        return readBlocks(levelIndex, band, List.of(new int[] {bx, by})).get(0);
    }

    /** Decodes the fetched bytes of one block of band 1; public so engines can fetch and decode on different threads. */
    public Samples decodeBlock(int levelIndex, int bx, int by, ByteRange range, byte[] bytes) {
        return decodeBlock(levelIndex, 1, bx, by, range, bytes, null);
    }

    /**
     * As {@link #decodeBlock(int, int, int, ByteRange, byte[])}, decoding into {@code reuse} (samples an earlier
     * call returned, no longer needed) when it fits: a block's worth of float32 is just over 1 MiB, which G1
     * allocates as a humongous object on heaps below 8 GiB, so a bulk reader should not allocate one per block.
     */
    public Samples decodeBlock(int levelIndex, int bx, int by, ByteRange range, byte[] bytes, Samples reuse) {
        return decodeBlock(levelIndex, 1, bx, by, range, bytes, reuse);
    }

    /** Decodes the fetched bytes of one block of a band (1-based), fetched from {@link #blockRange(int, int, int, int)}. */
    public Samples decodeBlock(int levelIndex, int band, int bx, int by, ByteRange range, byte[] bytes) {
        return decodeBlock(levelIndex, band, bx, by, range, bytes, null);
    }

    /** As above, decoding into {@code reuse} when it fits. */
    public Samples decodeBlock(int levelIndex, int band, int bx, int by, ByteRange range, byte[] bytes,
                               Samples reuse) {
        return levelReader(levelIndex).decode(band, bx, by, range, bytes, reuse);
    }

    /**
     * As above, the block's bytes being a slice of a merged request ({@link nunatak.source.RangeReader#readSlices}).
     *
     * <pre>{@code
     * ByteRange r = tif.blockRange(0, 1, 0, 0);
     * ByteSlice bytes = tif.reader().readSlices(List.of(r), false, null).get(0);
     * Samples block = tif.decodeBlock(0, 1, 0, 0, r, bytes, null);
     * }</pre>
     */
    public Samples decodeBlock(int levelIndex, int band, int bx, int by, ByteRange range, ByteSlice bytes,
                               Samples reuse) {
        return levelReader(levelIndex).decode(band, bx, by, range, bytes.array(), bytes.offset(), bytes.length(), reuse);
    }

    private LevelReader levelReader(int index) {
        if (index < 0 || index >= levels.size()) {
            throw new InvalidArgumentException(uri() + ": no overview level " + index + "; the file has levels 0.."
                    + (levels.size() - 1) + " (0 = full resolution)");
        }
        return levels.get(index);
    }

    private LevelReader maskReader(int levelIndex) {
        levelReader(levelIndex);
        LevelReader m = masks.get(levelIndex);
        if (m == null) {
            throw new InvalidArgumentException(uri() + ": level " + levelIndex + " has no internal mask"
                    + (hasMask() ? "" : " (the file has none: no IFD with NewSubfileType (254) bit 4)"));
        }
        return m;
    }

    private LevelReader alignedMask(int levelIndex) {
        LevelReader m = maskReader(levelIndex);
        ImageLevel image = level(levelIndex);
        if (m.level().blockWidth() != image.blockWidth() || m.level().blockHeight() != image.blockHeight()) {
            throw new UnsupportedFormatException(uri() + ": the mask of level " + levelIndex + " has blocks of "
                    + m.level().blockWidth() + " x " + m.level().blockHeight() + " pixels, the image "
                    + image.blockWidth() + " x " + image.blockHeight() + "; read it with readMask(level, window)");
        }
        return m;
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
