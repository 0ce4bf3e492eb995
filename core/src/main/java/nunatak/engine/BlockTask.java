package nunatak.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.array.CoarseCells;
import nunatak.array.Grid;
import nunatak.array.PointOp;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.TileSlot;
import nunatak.source.ByteRange;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.GeoTiffCache;
import nunatak.tiff.Samples;

/**
 * Reads a set of COG blocks (those one chunk owns), applies the stage's operations to the needed pixels and
 * returns their values or partial coarse statistics. Headers come from the per-JVM {@link GeoTiffCache}, so
 * the task itself carries only descriptors.
 */
public final class BlockTask implements Task<List<byte[]>, StagePart> {
    private static final long serialVersionUID = 1L;

    private final Stage stage;
    private final List<BlockRef> blocks;
    private final int chunkRow;
    private final int chunkCol;
    private final boolean cacheBlocks;

    /** @param cacheBlocks whether fetched blocks go into the per-JVM cache (not for scans larger than it) */
    public BlockTask(Stage stage, List<BlockRef> blocks, int chunkRow, int chunkCol, boolean cacheBlocks) {
        this.stage = stage;
        this.blocks = List.copyOf(blocks);
        this.chunkRow = chunkRow;
        this.chunkCol = chunkCol;
        this.cacheBlocks = cacheBlocks;
    }

    public List<BlockRef> blocks() {
        return blocks;
    }

    public boolean cachesBlocks() {
        return cacheBlocks;
    }

    @Override
    public long bytes() {
        return blocks.stream().mapToLong(BlockRef::bytes).sum();
    }

    @Override
    public String describe() {
        return "chunk (" + chunkRow + ", " + chunkCol + ") of " + blocks.size() + " blocks";
    }

    /** Fetches every block, one merged batch per tile. */
    @Override
    public List<byte[]> fetch() {
        Map<Integer, List<Integer>> byTile = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            byTile.computeIfAbsent(blocks.get(i).tile(), k -> new ArrayList<>()).add(i);
        }
        byte[][] out = new byte[blocks.size()][];
        MosaicLayout layout = stage.source().layout();
        byTile.forEach((tile, indices) -> {
            GeoTiff tif = tiff(tile);
            List<ByteRange> ranges = new ArrayList<>();
            for (int i : indices) {
                ranges.add(tif.blockRange(layout.level(), blocks.get(i).bx(), blocks.get(i).by()));
            }
            List<byte[]> got = tif.reader().readAll(ranges, cacheBlocks);
            for (int k = 0; k < indices.size(); k++) {
                out[indices.get(k)] = got.get(k);
            }
        });
        return java.util.Arrays.asList(out);
    }

    @Override
    public StagePart compute(List<byte[]> fetched) {
        Stage.Reduction red = stage.reduction();
        CoarseCells cells = red == null ? null : cellsFor(red);
        List<StagePart.Piece> pieces = new ArrayList<>();
        MosaicLayout layout = stage.source().layout();
        Samples values = null; // each block is consumed before the next is decoded, so one array serves all
        GeoTiff tif = null;
        int tifTile = -1;
        for (int i = 0; i < blocks.size(); i++) {
            BlockRef b = blocks.get(i);
            TileSlot tile = layout.tiles().get(b.tile());
            if (b.tile() != tifTile) { // blocks come tile by tile: look each header up once
                tif = tiff(b.tile());
                tifTile = b.tile();
            }
            ByteRange range = tif.blockRange(layout.level(), b.bx(), b.by());
            values = tif.decodeBlock(layout.level(), b.bx(), b.by(), range, fetched.get(i), values);
            process(tile, b, values, cells, pieces);
        }
        return new StagePart(pieces, cells);
    }

    private void process(TileSlot tile, BlockRef b, Samples values, CoarseCells cells, List<StagePart.Piece> pieces) {
        int row0 = tile.row0() + b.by() * tile.blockHeight();
        int col0 = tile.col0() + b.bx() * tile.blockWidth();
        int[] ks = stage.rowsOf(tile, b.by());
        int[] js = stage.colsOf(tile, b.bx());
        int n = js[1] - js[0];
        if (ks[0] >= ks[1] || n <= 0) {
            return;
        }
        Grid piece = cells == null ? Grid.allocate(ks[1] - ks[0], n, stage.valueType()) : null;
        double[] buf = new double[n];
        int stride = tile.blockWidth();
        int firstCol = stage.colMap().at(js[0]) - col0;
        int step = stage.colMap().step();
        for (int k = ks[0]; k < ks[1]; k++) {
            int offset = (stage.rowMap().at(k) - row0) * stride + firstCol;
            gather(values, offset, step, buf, n);
            for (PointOp op : stage.ops()) {
                op.apply(buf, n);
            }
            if (cells == null) {
                piece.setRun((k - ks[0]) * n, buf, 0, n);
            } else {
                cells.addRun(k / stage.reduction().factorRows(), buf, n, js[0], stage.reduction().factorCols());
            }
        }
        if (piece != null) {
            pieces.add(new StagePart.Piece(ks[0], js[0], piece));
        }
    }

    private static void gather(Samples values, int offset, int step, double[] buf, int n) {
        if (values instanceof Samples.F32 f) {
            float[] v = f.values();
            for (int j = 0, p = offset; j < n; j++, p += step) {
                buf[j] = v[p];
            }
        } else {
            double[] v = ((Samples.F64) values).values();
            for (int j = 0, p = offset; j < n; j++, p += step) {
                buf[j] = v[p];
            }
        }
    }

    /** The smallest rectangle of coarse cells this task's blocks contribute to. */
    private CoarseCells cellsFor(Stage.Reduction red) {
        int r0 = Integer.MAX_VALUE;
        int r1 = -1;
        int c0 = Integer.MAX_VALUE;
        int c1 = -1;
        MosaicLayout layout = stage.source().layout();
        for (BlockRef b : blocks) {
            TileSlot tile = layout.tiles().get(b.tile());
            int[] ks = stage.rowsOf(tile, b.by());
            int[] js = stage.colsOf(tile, b.bx());
            if (ks[0] < ks[1] && js[0] < js[1]) {
                r0 = Math.min(r0, ks[0] / red.factorRows());
                r1 = Math.max(r1, (ks[1] - 1) / red.factorRows());
                c0 = Math.min(c0, js[0] / red.factorCols());
                c1 = Math.max(c1, (js[1] - 1) / red.factorCols());
            }
        }
        return r1 < 0 ? new CoarseCells(red.reducer(), 0, 0, 0, 0)
                : new CoarseCells(red.reducer(), r0, c0, r1 - r0 + 1, c1 - c0 + 1);
    }

    private GeoTiff tiff(int tile) {
        MosaicLayout layout = stage.source().layout();
        return GeoTiffCache.open(layout.tiles().get(tile).uri(), layout.options());
    }
}
