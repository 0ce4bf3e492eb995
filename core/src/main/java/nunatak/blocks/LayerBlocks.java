package nunatak.blocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nunatak.BadContentException;
import nunatak.catalog.Footprint;
import nunatak.mosaic.HeaderReads;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicTile;
import nunatak.tiff.GeoReference;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mosaic layer as blocks, for planning: which blocks of which files hold a window, and how many bytes they are.
 * Opening it reads the headers of the tiles that meet the region a computation needs (all at once) and checks each
 * against what the catalog said; a tile that turns out not to exist reads as NaN, with one warning.
 *
 * <pre>{@code
 * LayerBlocks blocks = LayerBlocks.open(layout, new Rect(0, 512, 0, 1024));
 * List<BlockRef> refs = blocks.blocks(new Rect(0, 512, 0, 1024), AxisNeed.all(layout.rows()), AxisNeed.all(layout.cols()));
 * }</pre>
 */
public final class LayerBlocks {
    private static final Logger LOG = LoggerFactory.getLogger(LayerBlocks.class);

    private final MosaicLayout layout;
    private final List<TileGrid> grids;
    private final Map<Integer, TileGrid> byIndex = new java.util.HashMap<>();

    private LayerBlocks(MosaicLayout layout, List<TileGrid> grids) {
        this.layout = layout;
        this.grids = grids;
        grids.forEach(g -> byIndex.put(g.index(), g));
    }

    public static LayerBlocks open(MosaicLayout layout, Rect region) {
        List<Integer> meeting = layout.tilesMeeting(region.row0(), region.row1(), region.col0(), region.col1());
        List<String> uris = meeting.stream().map(t -> layout.tiles().get(t).uri()).toList();
        List<GeoTiff> headers = HeaderReads.open(uris, layout.options());
        List<TileGrid> grids = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < meeting.size(); k++) {
            MosaicTile tile = layout.tiles().get(meeting.get(k));
            GeoTiff h = headers.get(k);
            if (h == null) {
                missing.add(tile.id() + " (" + tile.uri() + ")");
                continue;
            }
            check(layout, tile, h);
            grids.add(TileGrid.of(meeting.get(k), tile, h.level(layout.level())));
        }
        if (!missing.isEmpty()) {
            if (layout.onMissingIsError()) {
                throw new nunatak.NotFoundException(missing.size() + " tiles listed by " + layout.source()
                        + " do not exist: " + String.join(", ", missing) + " (use --on-missing nan to read them as NaN)");
            }
            LOG.warn("{} tiles listed by {} do not exist and read as NaN: {}", missing.size(), layout.source(),
                    String.join(", ", missing));
        }
        return new LayerBlocks(layout, grids);
    }

    public MosaicLayout layout() {
        return layout;
    }

    /** The blocks meeting {@code r} that hold a needed row and a needed column, tile by tile in row-major order. */
    public List<BlockRef> blocks(Rect r, AxisNeed rows, AxisNeed cols) {
        List<BlockRef> out = new ArrayList<>();
        for (TileGrid g : grids) {
            if (!g.tile().meets(r.row0(), r.row1(), r.col0(), r.col1())) {
                continue;
            }
            int[] bys = g.blockRows(r.row0(), r.row1());
            int[] bxs = g.blockCols(r.col0(), r.col1());
            for (int by = bys[0]; by < bys[1]; by++) {
                int top = Math.max(Math.max(r.row0(), g.tile().row0()), g.blockRow0(by));
                int bottom = Math.min(Math.min(r.row1(), g.tile().row1()), g.blockRow0(by) + g.blockHeight());
                if (!rows.meets(top, bottom)) {
                    continue;
                }
                for (int bx = bxs[0]; bx < bxs[1]; bx++) {
                    int left = Math.max(Math.max(r.col0(), g.tile().col0()), g.blockCol0(bx));
                    int right = Math.min(Math.min(r.col1(), g.tile().col1()), g.blockCol0(bx) + g.blockWidth());
                    if (cols.meets(left, right)) {
                        out.add(new BlockRef(g.index(), bx, by, g.bytes(bx, by)));
                    }
                }
            }
        }
        return out;
    }

    /** The mosaic pixels a block holds (the part of its tile the mosaic uses). */
    public Rect blockRect(BlockRef b) {
        TileGrid g = byIndex.get(b.tile());
        MosaicTile t = g.tile();
        return new Rect(Math.max(t.row0(), g.blockRow0(b.by())), Math.min(t.row1(), g.blockRow0(b.by()) + g.blockHeight()),
                Math.max(t.col0(), g.blockCol0(b.bx())), Math.min(t.col1(), g.blockCol0(b.bx()) + g.blockWidth()));
    }

    /**
     * Mosaic rows where some tile's block rows begin or end, within {@code [from, to]}: windows cut there split no
     * block of an abutting mosaic between two tasks.
     */
    public int[] rowCuts(int from, int to) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (TileGrid g : grids) {
            cuts.add(Math.max(from, Math.min(to, g.tile().row0())));
            cuts.add(Math.max(from, Math.min(to, g.tile().row1())));
            for (int by = 1; by < g.blocksDown(); by++) {
                int edge = g.blockRow0(by);
                if (edge > g.tile().row0() && edge < g.tile().row1()) {
                    cuts.add(Math.max(from, Math.min(to, edge)));
                }
            }
        }
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Mosaic columns where some tile's block columns begin or end, within {@code [from, to]}. */
    public int[] colCuts(int from, int to) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (TileGrid g : grids) {
            cuts.add(Math.max(from, Math.min(to, g.tile().col0())));
            cuts.add(Math.max(from, Math.min(to, g.tile().col1())));
            for (int bx = 1; bx < g.blocksAcross(); bx++) {
                int edge = g.blockCol0(bx);
                if (edge > g.tile().col0() && edge < g.tile().col1()) {
                    cuts.add(Math.max(from, Math.min(to, edge)));
                }
            }
        }
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Bytes the block takes decoded, for the budget of the {@link DecodedBlockCache}. */
    public long decodedBytes(BlockRef b) {
        TileGrid g = byIndex.get(b.tile());
        return (long) g.blockWidth() * g.blockHeight() * (layout.dataType() == nunatak.tiff.DataType.FLOAT32 ? 4 : 8);
    }

    /**
     * What a task needs to read these blocks on any executor: the tiles they belong to, and the blocks.
     *
     * @param cache per block, whether it goes through the per-JVM block cache (another task reads it too)
     * @param scan  whether the job's decoded blocks exceed the {@link DecodedBlockCache}'s budget (it then keeps
     *              none of them)
     */
    public TaskLayer forTask(List<BlockRef> blocks, boolean[] cache, boolean scan) {
        Map<Integer, MosaicTile> tiles = new LinkedHashMap<>();
        for (BlockRef b : blocks) {
            tiles.computeIfAbsent(b.tile(), t -> layout.tiles().get(t));
        }
        return new TaskLayer(LayerFacts.of(layout), new ArrayList<>(tiles.keySet()), new ArrayList<>(tiles.values()),
                blocks, cache, scan);
    }

    /** The header must say what the catalog said: size, place, CRS, type. */
    private static void check(MosaicLayout layout, MosaicTile tile, GeoTiff h) {
        if (h.level(0).dataType() != layout.dataType()) {
            throw new BadContentException(h.uri() + ": holds " + h.level(0).dataType() + " samples but "
                    + layout.source() + " says " + layout.dataType());
        }
        if (layout.band() > h.bandCount()) {
            throw new BadContentException(h.uri() + ": has " + h.bandCount() + " band(s), no band " + layout.band());
        }
        if (h.overviewCount() < layout.level()) {
            throw new BadContentException(h.uri() + ": has " + h.overviewCount() + " overview level(s), no level "
                    + layout.level());
        }
        Footprint want = tile.expected();
        if (want == null) {
            return;
        }
        GeoReference g = h.geo();
        double[] gt = g == null ? null : g.geoTransform();
        boolean whole = !tile.window() && tile.srcCol() == 0 && tile.srcRow() == 0;
        boolean sizeOk = whole ? h.width() == want.width() && h.height() == want.height()
                : h.width() >= want.width() && h.height() >= want.height();
        double[] w = want.geoTransform();
        int f = 1 << layout.level();
        double tol = layout.level() == 0 ? 1e-6 : f; // a source window's offset is known to a level pixel only
        boolean placeOk = gt != null && Math.abs(gt[1] - w[1]) <= 1e-9 * Math.abs(w[1])
                && Math.abs(gt[5] - w[5]) <= 1e-9 * Math.abs(w[5])
                && Math.abs(gt[0] + tile.srcCol() * f * gt[1] - w[0]) <= tol * Math.abs(w[1])
                && Math.abs(gt[3] + tile.srcRow() * f * gt[5] - w[3]) <= tol * Math.abs(w[5]);
        boolean crsOk = want.epsg() == null || g == null || g.epsg() == null || want.epsg().equals(g.epsg());
        if (!sizeOk || !placeOk || !crsOk) {
            throw new BadContentException(h.uri() + ": the file is " + h.width() + " x " + h.height() + " px at "
                    + (g == null ? "no georeferencing" : java.util.Arrays.toString(gt) + " EPSG:" + g.epsg())
                    + " but " + layout.source() + " says tile " + tile.id() + " is " + want
                    + "; the catalog and the file disagree (a stale catalog or a wrong href)");
        }
        ImageLevel lv = h.level(layout.level());
        if (whole && layout.level() > 0 && (lv.width() < tile.width() || lv.height() < tile.height())) {
            throw new BadContentException(h.uri() + ": overview level " + layout.level() + " is " + lv.width() + " x "
                    + lv.height() + " px but the catalog's footprint implies " + tile.width() + " x " + tile.height());
        }
    }
}
