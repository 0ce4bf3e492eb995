package nunatak.viewer;

import java.util.List;
import nunatak.array.DataArray;
import nunatak.engine.Engine;

/**
 * A layer as one lazy array per level (full resolution, then each overview), read by the same planner, engine and
 * caches as the CLI's commands.
 *
 * <pre>{@code
 * RasterLayer dem = new ArrayLayer("dem", "m", "height", levels, Engine.local());
 * double[] v = dem.read(1, new PixelWindow(0, 0, 256, 256));
 * }</pre>
 */
final class ArrayLayer implements RasterLayer {
    private final String name;
    private final String units;
    private final String longName;
    private final List<DataArray> arrays;
    private final List<LevelGrid> grids;
    private final Engine engine;

    ArrayLayer(String name, String units, String longName, List<DataArray> arrays, Engine engine) {
        this.name = name;
        this.units = units;
        this.longName = longName;
        this.arrays = List.copyOf(arrays);
        this.grids = java.util.stream.IntStream.range(0, arrays.size())
                .mapToObj(k -> LevelGrid.of(k, arrays.get(k))).toList();
        this.engine = engine;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String units() {
        return units;
    }

    @Override
    public String longName() {
        return longName;
    }

    @Override
    public List<LevelGrid> levels() {
        return grids;
    }

    @Override
    public DataArray array(int level) {
        if (level < 0 || level >= arrays.size()) {
            throw new IllegalArgumentException("layer " + name + " has levels 0.." + (arrays.size() - 1));
        }
        return arrays.get(level);
    }

    @Override
    public double[] read(int level, PixelWindow window) {
        return WindowReader.read(array(level), grids.get(level), window, engine);
    }

    /** The same layer with every level transformed, e.g. into its relief. */
    ArrayLayer derived(String newName, String newUnits, String newLongName,
                       java.util.function.UnaryOperator<DataArray> f) {
        return new ArrayLayer(newName, newUnits, newLongName, arrays.stream().map(f).toList(), engine);
    }
}
