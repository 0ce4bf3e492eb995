package nunatak.blocks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nunatak.mosaic.MosaicTile;
import nunatak.mosaic.OverlapRule;
import nunatak.source.ByteRange;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.Samples;

/**
 * A task's fetched blocks of one layer, read as rows of mosaic pixels. Tiles are painted in the overlap rule's
 * order; a tile's nodata pixels let what lies under them show (unless the tile is opaque), and pixels no tile
 * covers are NaN. Blocks are decoded the first time a row needs them and kept for two block rows per tile, so rows
 * read top to bottom decode every block once and hold little memory; decoded blocks go to the
 * {@link DecodedBlockCache} for later jobs, and blocks it held at fetch time are not decoded again.
 */
public final class DecodedRows {
    private final TaskLayer layer;
    private final LayerBytes fetched;
    private final TileRows[] paintOrder;

    DecodedRows(TaskLayer layer, LayerBytes fetched) {
        this.layer = layer;
        this.fetched = fetched;
        List<MosaicTile> tiles = layer.tiles();
        Map<Integer, List<Integer>> blocksOf = new HashMap<>();
        for (int i = 0; i < layer.blocks().size(); i++) {
            blocksOf.computeIfAbsent(layer.blocks().get(i).tile(), k -> new ArrayList<>()).add(i);
        }
        List<TileRows> all = new ArrayList<>();
        blocksOf.forEach((tile, blocks) -> all.add(new TileRows(tile, tiles.get(layer.positionOf(tile)), blocks)));
        paintOrder = all.stream()
                .sorted((a, c) -> layer.facts().overlap() == OverlapRule.LAST ? Integer.compare(a.index, c.index)
                        : Integer.compare(c.index, a.index))
                .toArray(TileRows[]::new);
        for (TileRows t : paintOrder) {
            for (TileRows o : paintOrder) {
                if (o != t && o.tile.meets(t.tile.row0(), t.tile.row1(), t.tile.col0(), t.tile.col1())) {
                    t.overlaps = true;
                }
            }
        }
    }

    /** Fills {@code out[0..n)} with the pixels of row {@code r} at columns {@code c0 + step·k}. */
    public void row(int r, int c0, int step, int n, double[] out) {
        boolean filled = false;
        for (TileRows t : paintOrder) {
            MosaicTile tile = t.tile;
            if (r < tile.row0() || r >= tile.row1()) {
                continue;
            }
            int k0 = firstAtOrAfter(tile.col0(), c0, step, n);
            int k1 = firstAtOrAfter(tile.col1(), c0, step, n);
            if (k0 < k1) {
                // Not filled when the first tile covers the whole row and is copied as it is: no NaN would show.
                if (!filled && (k0 > 0 || k1 < n || t.transparent())) {
                    Arrays.fill(out, 0, n, Double.NaN);
                }
                filled = true;
                t.paint(r, c0, step, k0, k1, out);
            }
        }
        if (!filled) {
            Arrays.fill(out, 0, n, Double.NaN);
        }
    }

    /**
     * Whether no two of the task's tiles overlap, so that every pixel comes from one tile at most and
     * {@link #forEachBlock} hands out each pixel of a window exactly once.
     */
    public boolean tilesApart() {
        for (TileRows t : paintOrder) {
            if (t.overlaps) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hands out the pixels of mosaic rows {@code [r0, r1)} x columns {@code [c0, c1)} one decoded block at a time,
     * each while it is still in the processor's cache, instead of row by row across all of a task's blocks. Pixels no
     * tile covers are not handed out. Only for tasks whose tiles are apart ({@link #tilesApart}): where tiles overlap,
     * a pixel's value depends on the order they are painted in, which rows keep.
     */
    public void forEachBlock(int r0, int r1, int c0, int c1, BlockPart part) {
        for (TileRows t : paintOrder) {
            t.forEachBlock(r0, r1, c0, c1, part);
        }
    }

    /**
     * Part of a decoded block: mosaic row {@code row0 + i}, column {@code col0 + j} is value
     * {@code offset + i * stride + j} of {@code block}, for {@code i < rows} and {@code j < cols}. The block is
     * reused after the call returns.
     */
    @FunctionalInterface
    public interface BlockPart {
        void accept(Samples block, int row0, int rows, int col0, int cols, int offset, int stride);
    }

    /** The pixel at mosaic row {@code r}, column {@code c}. */
    public double at(int r, int c) {
        double[] one = new double[1];
        row(r, c, 1, 1, one);
        return one[0];
    }

    /** Gives the decoded blocks back to this thread's pool. */
    public void release() {
        for (TileRows t : paintOrder) {
            t.dropBand(0);
            t.dropBand(1);
        }
    }

    private static int firstAtOrAfter(int pos, int c0, int step, int n) {
        if (pos <= c0) {
            return 0;
        }
        long k = ((long) pos - c0 + step - 1) / step;
        return (int) Math.min(k, n);
    }

    /**
     * One tile's decoded blocks, two block rows at a time. Lookups are array indexing and each copy loop is a small
     * method of its own: with hash maps and the loops inline, the JIT compiled this class five times in the first
     * coarsen of a JVM (deoptimised by branches the first rows had not taken), 0.4 s of a 2-core machine's compiler
     * time while the job ran (bench/README.md, issue 15).
     */
    private final class TileRows {
        final int index;
        final MosaicTile tile;
        final int bx0;
        final int by0;
        final int blocksAcross;
        /** The task's position of block (bx0 + i, by0 + j) at {@code j * blocksAcross + i}, -1 where not fetched. */
        final int[] blockAt;
        final int[] bandRow = {-1, -1};
        final Samples[][] band;
        GeoTiff tif;
        int bw;
        int bh;
        boolean overlaps;

        TileRows(int index, MosaicTile tile, List<Integer> blocks) {
            this.index = index;
            this.tile = tile;
            int minX = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, minY = Integer.MAX_VALUE, maxY = Integer.MIN_VALUE;
            for (int i : blocks) {
                BlockRef b = layer.blocks().get(i);
                minX = Math.min(minX, b.bx());
                maxX = Math.max(maxX, b.bx());
                minY = Math.min(minY, b.by());
                maxY = Math.max(maxY, b.by());
            }
            bx0 = minX;
            by0 = minY;
            blocksAcross = maxX - minX + 1;
            blockAt = new int[Math.multiplyExact(blocksAcross, maxY - minY + 1)];
            Arrays.fill(blockAt, -1);
            for (int i : blocks) {
                BlockRef b = layer.blocks().get(i);
                blockAt[(b.by() - by0) * blocksAcross + b.bx() - bx0] = i;
            }
            band = new Samples[][] {new Samples[blocksAcross], new Samples[blocksAcross]};
        }

        /** Whether this tile's nodata pixels let what lies under them show (else it is copied as it is). */
        boolean transparent() {
            return overlaps && !tile.opaque() && tile.nodata() != null;
        }

        private void open() {
            if (tif == null) {
                tif = layer.tiff(index);
                bw = tif.level(layer.facts().level()).blockWidth();
                bh = tif.level(layer.facts().level()).blockHeight();
            }
        }

        void forEachBlock(int r0, int r1, int c0, int c1, BlockPart part) {
            int ra = Math.max(r0, tile.row0());
            int rb = Math.min(r1, tile.row1());
            int ca = Math.max(c0, tile.col0());
            int cb = Math.min(c1, tile.col1());
            if (ra >= rb || ca >= cb) {
                return;
            }
            open();
            int dr = tile.srcRow() - tile.row0(); // a mosaic row plus dr is the tile's row
            int dc = tile.srcCol() - tile.col0();
            for (int by = (ra + dr) / bh; by * bh - dr < rb; by++) {
                int ya = Math.max(ra, by * bh - dr);
                int yb = Math.min(rb, (by + 1) * bh - dr);
                for (int bx = (ca + dc) / bw; bx * bw - dc < cb; bx++) {
                    int xa = Math.max(ca, bx * bw - dc);
                    int xb = Math.min(cb, (bx + 1) * bw - dc);
                    Samples s = load(bx, by, ya);
                    part.accept(s, ya, yb - ya, xa, xb - xa, (ya + dr - by * bh) * bw + xa + dc - bx * bw, bw);
                    SamplePool.give(s);
                }
            }
        }

        void paint(int r, int c0, int step, int k0, int k1, double[] out) {
            open();
            int fr = r - tile.row0() + tile.srcRow();
            int by = fr / bh;
            int rowOffset = (fr - by * bh) * bw;
            boolean transparent = transparent();
            double nd = transparent ? tile.nodata() : 0;
            int k = k0;
            while (k < k1) {
                int fc = c0 + step * k - tile.col0() + tile.srcCol();
                int bx = fc / bw;
                int blockEndCol = (bx + 1) * bw + tile.col0() - tile.srcCol(); // first mosaic column past the block
                int kEnd = Math.min(k1, firstAtOrAfter(blockEndCol, c0, step, Integer.MAX_VALUE));
                Samples s = block(bx, by, r);
                int p = rowOffset + fc - bx * bw;
                if (s instanceof Samples.F32 f) {
                    if (transparent) {
                        overlay(f.values(), p, step, nd, out, k, kEnd);
                    } else {
                        copy(f.values(), p, step, out, k, kEnd);
                    }
                } else if (transparent) {
                    overlay(((Samples.F64) s).values(), p, step, nd, out, k, kEnd);
                } else {
                    copy(((Samples.F64) s).values(), p, step, out, k, kEnd);
                }
                k = kEnd;
            }
        }

        Samples block(int bx, int by, int r) {
            // Consecutive block rows differ in parity, so each keeps its own slot: the two rows a task's rows (and a
            // halo) straddle stay decoded, and the test below takes its "new block row" branch from the first row
            // on, which keeps the JIT from compiling it out and deoptimising later.
            int slot = by & 1;
            if (bandRow[slot] != by) {
                dropBand(slot);
                bandRow[slot] = by;
            }
            int across = bx - bx0;
            if (across < 0 || across >= blocksAcross) {
                return load(bx, by, r); // not fetched: load says so
            }
            Samples s = band[slot][across];
            return s != null ? s : (band[slot][across] = load(bx, by, r));
        }

        private Samples load(int bx, int by, int r) {
            int across = bx - bx0;
            int down = by - by0;
            int i = across < 0 || across >= blocksAcross || down < 0 || down * blocksAcross >= blockAt.length ? -1
                    : blockAt[down * blocksAcross + across];
            if (i < 0) {
                throw new IllegalStateException("row " + r + " needs block (" + bx + ", " + by + ") of "
                        + tile.uri() + ", which the plan did not fetch");
            }
            LayerFacts f = layer.facts();
            Samples reuse = SamplePool.take(f.dataType(), bw * tif.level(f.level()).storedRows(by));
            return fetched.kept()[i] != null ? DecodedBlockCache.copy(fetched.kept()[i], f.dataType(), reuse)
                    : decode(i, bx, by, reuse);
        }

        private Samples decode(int i, int bx, int by, Samples reuse) {
            LayerFacts f = layer.facts();
            DecodedBlockCache kept = DecodedBlockCache.shared();
            ByteRange range = tif.blockRange(f.level(), f.band(), bx, by);
            Samples s = tif.decodeBlock(f.level(), f.band(), bx, by, range, fetched.blocks()[i], reuse);
            if (fetched.masks() != null && fetched.masks()[i] != null) {
                ByteRange mr = tif.maskBlockRange(f.level(), bx, by);
                GeoTiff.applyMask(s, tif.decodeMaskBlock(f.level(), bx, by, mr, fetched.masks()[i].toArray()));
            }
            if (layer.keepsDecoded()) {
                DecodedBlockCache.Key key = layer.decodedKey(layer.blocks().get(i));
                if (!layer.scan() || kept.expected(key)) {
                    kept.put(key, s);
                }
            }
            return s;
        }

        void dropBand(int slot) {
            Samples[] row = band[slot];
            for (int i = 0; i < row.length; i++) {
                if (row[i] != null) {
                    SamplePool.give(row[i]);
                    row[i] = null;
                }
            }
            bandRow[slot] = -1;
        }
    }

    private static void copy(float[] v, int p, int step, double[] out, int k, int kEnd) {
        for (int j = k; j < kEnd; j++, p += step) {
            out[j] = v[p];
        }
    }

    private static void copy(double[] v, int p, int step, double[] out, int k, int kEnd) {
        for (int j = k; j < kEnd; j++, p += step) {
            out[j] = v[p];
        }
    }

    /** Paints the values that are neither nodata nor NaN, and any value where nothing was painted yet. */
    private static void overlay(float[] v, int p, int step, double nd, double[] out, int k, int kEnd) {
        for (int j = k; j < kEnd; j++, p += step) {
            double x = v[p];
            if ((x != nd && x == x) || out[j] != out[j]) {
                out[j] = x;
            }
        }
    }

    private static void overlay(double[] v, int p, int step, double nd, double[] out, int k, int kEnd) {
        for (int j = k; j < kEnd; j++, p += step) {
            double x = v[p];
            if ((x != nd && x == x) || out[j] != out[j]) {
                out[j] = x;
            }
        }
    }
}
