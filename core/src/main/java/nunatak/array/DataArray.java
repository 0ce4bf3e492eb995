package nunatak.array;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.engine.Engine;
import nunatak.engine.Evaluator;
import nunatak.engine.ProgressListener;
import nunatak.mosaic.Mosaic;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicSpec;

/**
 * An immutable, lazy, labeled array in the manner of xarray's DataArray: dimensions, pixel-centre coordinates,
 * attributes, a chunk grid, and an expression that nothing evaluates until {@link #compute()} or
 * {@link #persist()}. Every operation returns a new view without reading pixels.
 *
 * <pre>{@code
 * DataArray dem = DataArray.open(MosaicSpec.of(template)
 *         .withRows(IndexRange.parse("40:37").indices()).withCols(IndexRange.parse("20:23").indices()).withChunks(5000));
 * DataArray masked = dem.where(Condition.gt(0));                          // da.where(da > 0)
 * DataArray map = masked.coarsen(Map.of("y", 100, "x", 100), Boundary.TRIM).mean().persist();
 * DataArray profile = masked.sel("y", 750000, DataArray.Method.NEAREST).compute();
 * }</pre>
 */
public final class DataArray {
    /** How {@link #sel(String, double, Method)} matches a label. */
    public enum Method { EXACT, NEAREST }

    private final String name;
    private final String[] dimOf;
    private final double[][] coordOf;
    private final Map<String, Double> scalars;
    private final Map<String, Object> attrs;
    private final int[][] chunks;
    private final Node node;

    DataArray(String name, String[] dimOf, double[][] coordOf, Map<String, Double> scalars, Map<String, Object> attrs,
              int[][] chunks, Node node) {
        this.name = name;
        this.dimOf = dimOf;
        this.coordOf = coordOf;
        this.scalars = Collections.unmodifiableMap(new LinkedHashMap<>(scalars));
        this.attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
        this.chunks = chunks;
        this.node = node;
    }

    /** Opens a mosaic lazily: one header request per tile, no pixels. */
    public static DataArray open(MosaicSpec spec) {
        return ArrayFactory.fromMosaic(Mosaic.open(spec), spec.chunks());
    }

    /** A lazy array over an already opened mosaic; {@code chunks} 0 picks the default. */
    public static DataArray open(MosaicLayout layout, int chunks) {
        return ArrayFactory.fromMosaic(layout, chunks);
    }

    /** An in-memory 2-D array with dims ("y", "x") and the given coordinates. */
    public static DataArray of(Grid grid, double[] y, double[] x) {
        return ArrayFactory.fromGrid(grid, y, x);
    }

    // ---- description ------------------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public List<String> dims() {
        List<String> d = new ArrayList<>();
        for (String s : dimOf) {
            if (s != null) {
                d.add(s);
            }
        }
        return d;
    }

    public int[] shape() {
        return dims().stream().mapToInt(this::size).toArray();
    }

    public int size(String dim) {
        return axisOf(dim) == 0 ? node.rows() : node.cols();
    }

    public Dtype dtype() {
        return node.dtype();
    }

    public Map<String, Object> attrs() {
        return attrs;
    }

    /** Coordinate values of a dimension, or the single value of a scalar coordinate. */
    public double[] coord(String coordName) {
        for (int a = 0; a < 2; a++) {
            if (coordName.equals(dimOf[a])) {
                return coordOf[a].clone();
            }
        }
        Double v = scalars.get(coordName);
        if (v == null) {
            throw new InvalidArgumentException("no coordinate '" + coordName + "'; this array has " + dims()
                    + (scalars.isEmpty() ? "" : " and scalar " + scalars.keySet()));
        }
        return new double[] {v};
    }

    public Map<String, Double> scalarCoords() {
        return scalars;
    }

    /** Chunk sizes per dimension, in dimension order. */
    public List<int[]> chunks() {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            if (dimOf[a] != null) {
                out.add(chunks[a].clone());
            }
        }
        return out;
    }

    public Node node() {
        return node;
    }

    public boolean isLazy() {
        return !(node instanceof Node.Memory);
    }

    // ---- views ------------------------------------------------------------------------------------------

    /** Keeps values passing {@code condition}; the rest become NaN (integers are promoted to float64). */
    public DataArray where(Condition condition) {
        return where(condition, Double.NaN);
    }

    public DataArray where(Condition condition, double other) {
        return withNode(new Node.Pointwise(node, new PointOp.Where(condition, other)));
    }

    /** Turns the files' nodata value (attribute {@code nodatavals}) into NaN, like rioxarray's masked=True. */
    public DataArray maskNodata() {
        Object nd = attrs.get("nodatavals");
        if (!(nd instanceof List<?> l) || l.isEmpty() || !(l.get(0) instanceof Number v)) {
            throw new InvalidArgumentException("this array has no nodata value (attribute nodatavals) to mask");
        }
        return withNode(new Node.Pointwise(node, new PointOp.MaskValue(v.doubleValue())));
    }

    public DataArray isel(String dim, int index) {
        int a = axisOf(dim);
        int n = a == 0 ? node.rows() : node.cols();
        int i = index < 0 ? n + index : index;
        if (i < 0 || i >= n) {
            throw new InvalidArgumentException("index " + index + " is out of bounds for dimension " + dim
                    + " of size " + n);
        }
        Map<String, Double> sc = new LinkedHashMap<>(scalars);
        sc.put(dim, coordOf[a][i]);
        String[] dims = dimOf.clone();
        dims[a] = null;
        double[][] coords = coordOf.clone();
        coords[a] = null;
        int[][] ch = chunks.clone();
        ch[a] = new int[] {1};
        return new DataArray(name, dims, coords, sc, attrs, ch, indexNode(a, new IndexMap(i, 1, 1)));
    }

    public DataArray isel(String dim, Slice slice) {
        int a = axisOf(dim);
        IndexMap map = slice.resolve(a == 0 ? node.rows() : node.cols());
        double[][] coords = coordOf.clone();
        coords[a] = pick(coordOf[a], map);
        int[][] ch = chunks.clone();
        ch[a] = Chunks.afterIndex(chunks[a], map);
        Map<String, Object> at = AttrsUpdate.afterIndex(attrs, a, map);
        return new DataArray(name, dimOf.clone(), coords, scalars, at, ch, indexNode(a, map));
    }

    /** {@code sel(dim=label)}: the position whose coordinate equals {@code label}. */
    public DataArray sel(String dim, double label) {
        return sel(dim, label, Method.EXACT);
    }

    /** {@code sel(dim=label, method="nearest")} with pandas' tie-breaking. */
    public DataArray sel(String dim, double label, Method method) {
        double[] c = coordOf[axisOf(dim)];
        int i = method == Method.NEAREST ? LabelIndex.nearest(c, label) : LabelIndex.exact(c, label, dim);
        return isel(dim, i);
    }

    /** {@code sel(dim=slice(from, to))}: labels from..to inclusive, in index order; null for an open end. */
    public DataArray sel(String dim, Double from, Double to) {
        IndexMap map = LabelIndex.slice(coordOf[axisOf(dim)], from, to);
        return isel(dim, new Slice(map.start(), map.start() + map.count(), 1));
    }

    /** Starts a coarsen over the given windows per dimension; finish with a reducer such as {@code mean()}. */
    public Coarsen coarsen(Map<String, Integer> windows, Boundary boundary) {
        for (String d : windows.keySet()) {
            axisOf(d);
        }
        return new Coarsen(this, windows, boundary);
    }

    public DataArray rename(String newName) {
        return new DataArray(newName, dimOf, coordOf, scalars, attrs, chunks, node);
    }

    /** Renames dimensions and their coordinates, e.g. {@code Map.of("x", "easting")}. */
    public DataArray renameDims(Map<String, String> names) {
        String[] dims = dimOf.clone();
        for (int a = 0; a < 2; a++) {
            if (dims[a] != null && names.containsKey(dims[a])) {
                dims[a] = names.get(dims[a]);
            }
        }
        Map<String, Double> sc = new LinkedHashMap<>();
        scalars.forEach((k, v) -> sc.put(names.getOrDefault(k, k), v));
        return new DataArray(name, dims, coordOf, sc, attrs, chunks, node);
    }

    /**
     * Adds or replaces attributes. Keys already present keep their place; new ones follow in the order of
     * {@code more} when it has one (a LinkedHashMap, a SortedMap), else sorted, so that outputs list attributes
     * in the same order in every run ({@code Map.of} iterates in a different order in every JVM).
     */
    public DataArray assignAttrs(Map<String, ?> more) {
        Map<String, Object> at = new LinkedHashMap<>(attrs);
        at.putAll(more instanceof LinkedHashMap || more instanceof java.util.SortedMap ? more
                : new java.util.TreeMap<>(more));
        return new DataArray(name, dimOf, coordOf, scalars, at, chunks, node);
    }

    /** Drops dimensions of length 1, keeping their coordinate as a scalar coordinate. */
    public DataArray squeeze() {
        DataArray out = this;
        for (String d : dims()) {
            if (size(d) == 1) {
                out = out.isel(d, 0);
            }
        }
        return out;
    }

    /** Changes the chunk size (pixels) of every dimension; for a view of a mosaic it also sets the task size. */
    public DataArray rechunk(int size) {
        if (size < 1) {
            throw new InvalidArgumentException("chunk size must be >= 1, got " + size);
        }
        int[][] ch = {Chunks.regular(node.rows(), size), Chunks.regular(node.cols(), size)};
        return new DataArray(name, dimOf, coordOf, scalars, attrs, ch, Nodes.withChunking(node, size));
    }

    // ---- evaluation -------------------------------------------------------------------------------------

    /** Computes on the default engine ({@link Engine#local()}). */
    public DataArray compute() {
        return compute(Engine.local(), ProgressListener.NONE);
    }

    public DataArray compute(Engine engine) {
        return compute(engine, ProgressListener.NONE);
    }

    /** Evaluates the expression and returns an in-memory array with the same labels. */
    public DataArray compute(Engine engine, ProgressListener progress) {
        if (!isLazy()) {
            return this;
        }
        Grid g = Evaluator.evaluate(node, engine, progress);
        int[][] whole = {new int[] {g.rows()}, new int[] {g.cols()}};
        return new DataArray(name, dimOf, coordOf, scalars, attrs, whole, new Node.Memory(g));
    }

    public DataArray persist() {
        return persist(Engine.local(), ProgressListener.NONE);
    }

    /**
     * Like {@link #compute}, keeping the chunk structure: later operations start from these values. The engine is
     * also asked to keep the results where it computed them ({@link Engine#runAndKeep}; on Spark a cached RDD).
     */
    public DataArray persist(Engine engine, ProgressListener progress) {
        Grid g = isLazy() ? Evaluator.evaluate(node, engine, progress, true) : ((Node.Memory) node).grid();
        return new DataArray(name, dimOf, coordOf, scalars, attrs, chunks, new Node.Memory(g));
    }

    /** The values, computing them on the default engine if needed. */
    public Grid values() {
        return ((Node.Memory) compute().node).grid();
    }

    /** One value by position, in dimension order ({@code get(row, col)} or {@code get(i)}). */
    public double get(int... index) {
        Grid g = values();
        if (index.length != dims().size()) {
            throw new InvalidArgumentException("expected " + dims().size() + " indices for dims " + dims());
        }
        int r = 0;
        int c = 0;
        int k = 0;
        if (dimOf[0] != null) {
            r = index[k++];
        }
        if (dimOf[1] != null) {
            c = index[k];
        }
        return g.get(r, c);
    }

    @Override
    public String toString() {
        return ArrayRepr.format(this);
    }

    // ---- internals shared with Coarsen and ArrayRepr ----------------------------------------------------

    int axisOf(String dim) {
        for (int a = 0; a < 2; a++) {
            if (dim.equals(dimOf[a])) {
                return a;
            }
        }
        throw new InvalidArgumentException("no dimension '" + dim + "'; this array has dimensions " + dims());
    }

    String dimOf(int axis) {
        return dimOf[axis];
    }

    double[] coordOf(int axis) {
        return coordOf[axis];
    }

    int[] chunksOf(int axis) {
        return chunks[axis];
    }

    DataArray with(Node newNode, double[][] coords, int[][] newChunks, Map<String, Object> newAttrs) {
        return new DataArray(name, dimOf, coords, scalars, newAttrs, newChunks, newNode);
    }

    private DataArray withNode(Node n) {
        return new DataArray(name, dimOf, coordOf, scalars, attrs, chunks, n);
    }

    private Node indexNode(int axis, IndexMap map) {
        IndexMap rows = axis == 0 ? map : IndexMap.identity(node.rows());
        IndexMap cols = axis == 1 ? map : IndexMap.identity(node.cols());
        return new Node.Index(node, rows, cols);
    }

    private static double[] pick(double[] c, IndexMap map) {
        double[] out = new double[map.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = c[map.at(k)];
        }
        return out;
    }
}
