package nunatak.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nunatak.BadContentException;
import nunatak.array.DataArray;
import nunatak.array.Grid;
import nunatak.array.Slice;
import nunatak.engine.Engine;
import nunatak.mosaic.Mosaic;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicSpec;
import nunatak.mosaic.MosaicTile;
import nunatak.tiff.GeoTiffCache;

/**
 * A layer read from a tile mosaic through {@link DataArray}: one lazy array per level (full resolution and each
 * overview every tile has), windows read by the same planner, engine and caches as the CLI's commands, with the
 * files' nodata (and the command line's mask) turned into NaN.
 *
 * <pre>{@code
 * RasterLayer dem = new MosaicLayer("dem", MosaicSpec.of(template).withRows(rows).withCols(cols),
 *         a -> a.where(Condition.gt(0)), Engine.local());
 * double[] v = dem.read(1, new PixelWindow(0, 0, 256, 256));
 * }</pre>
 */
public final class MosaicLayer implements RasterLayer {
    private final String name;
    private final MosaicSpec spec;
    private final UnaryOperator<DataArray> mask;
    private final Engine engine;
    private volatile Opened opened;

    private record Opened(List<LevelGrid> grids, List<DataArray> arrays) {
    }

    /**
     * @param spec the mosaic at full resolution (its overview level is ignored)
     * @param mask applied after the nodata mask, e.g. the command line's {@code --mask-gt}
     */
    public MosaicLayer(String name, MosaicSpec spec, UnaryOperator<DataArray> mask, Engine engine) {
        this.name = name;
        this.spec = spec.withOverview(0);
        this.mask = mask;
        this.engine = engine;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String units() {
        return LayerKinds.units(name);
    }

    @Override
    public String longName() {
        return LayerKinds.longName(name);
    }

    @Override
    public List<LevelGrid> levels() {
        return open().grids();
    }

    @Override
    public double[] read(int level, PixelWindow window) {
        Opened o = open();
        if (level < 0 || level >= o.arrays().size()) {
            throw new IllegalArgumentException("layer " + name + " has levels 0.." + (o.arrays().size() - 1));
        }
        if (!o.grids().get(level).all().clip(window).equals(window) || window.isEmpty()) {
            throw new IllegalArgumentException("window " + window + " is not inside level " + level + " of " + name);
        }
        Grid g = o.arrays().get(level)
                .isel("y", Slice.of(window.row0(), window.row0() + window.rows()))
                .isel("x", Slice.of(window.col0(), window.col0() + window.cols()))
                .compute(engine).values();
        double[] out = new double[g.rows() * g.cols()];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.values().get(i);
        }
        return out;
    }

    /** Opens the headers once (Mosaic.open per level; the headers come from the per-JVM cache after the first). */
    private Opened open() {
        Opened o = opened;
        if (o == null) {
            synchronized (this) {
                if (opened == null) {
                    opened = openLevels();
                }
                o = opened;
            }
        }
        return o;
    }

    private Opened openLevels() {
        MosaicLayout full = Mosaic.open(spec);
        int overviews = Integer.MAX_VALUE;
        for (MosaicTile t : full.tiles()) {
            if (t.present()) {
                overviews = Math.min(overviews, GeoTiffCache.open(t.uri(), spec.options()).overviewCount());
            }
        }
        List<LevelGrid> grids = new ArrayList<>();
        List<DataArray> arrays = new ArrayList<>();
        for (int level = 0; level <= overviews; level++) {
            MosaicLayout layout = level == 0 ? full : Mosaic.open(spec.withOverview(level));
            grids.add(grid(level, layout));
            arrays.add(mask.apply(DataArray.open(layout, spec.chunks()).maskNodata()));
        }
        return new Opened(List.copyOf(grids), List.copyOf(arrays));
    }

    private LevelGrid grid(int level, MosaicLayout layout) {
        double[] g = layout.geoTransform();
        if (g[2] != 0 || g[4] != 0 || !(g[5] < 0)) {
            throw new BadContentException(layout.tiles().get(0).uri() + ": the viewer needs north-up tiles, the "
                    + "geotransform is " + java.util.Arrays.toString(g));
        }
        return new LevelGrid(level, g[0], g[3], g[1], -g[5], layout.cols(), layout.rows(), layout.blockSize(),
                layout.blockSize());
    }
}
