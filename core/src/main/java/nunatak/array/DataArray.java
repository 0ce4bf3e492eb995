package nunatak.array;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.analysis.SamplingMethod;
import nunatak.engine.Engine;
import nunatak.engine.JobStats;
import nunatak.engine.ProgressListener;
import nunatak.geom.Polyline;
import nunatak.mosaic.Mosaic;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicSpec;

/**
 * An immutable, lazy, labeled array in the manner of xarray's DataArray: dimensions, pixel-centre coordinates,
 * georeferencing, attributes, a chunk grid, and an expression that nothing evaluates until {@link #compute()} or
 * {@link #persist()}. Every operation returns a new view without reading pixels.
 *
 * <pre>{@code
 * DataArray dem = DataArray.open(MosaicSpec.of(template).rows("40:37").cols("20:23").withChunks(5000));
 * DataArray masked = dem.where(Condition.gt(0));                          // da.where(da > 0)
 * DataArray map = masked.coarsen(Map.of("y", 100, "x", 100)).mean().persist();
 * float[] profile = masked.sel("y", 750000, DataArray.Method.NEAREST).compute().toFloatArray();
 * DataArray tile = DataArray.open("s3://pgc-opendata-dems/rema/mosaics/v2.0/32m/40_20/40_20_32m_v2.0_dem.tif");
 * DataArray track = masked.interp(Polyline.parse("-1e6,7e5;-9e5,7.5e5", Crs.EPSG_3031), 0, SamplingMethod.BILINEAR);
 * DataArray heights = masked.at(new double[] {-1e6}, new double[] {7e5}, SamplingMethod.NEAREST);
 * ZonalStatistics stats = masked.zonal(Zones.of(GeoJsonReader.read(Path.of("basins.geojson"), Crs.EPSG_3031), "name", 100.0));
 * }</pre>
 */
public final class DataArray {
    /** How {@link #sel(String, double, Method)} matches a label. */
    public enum Method { EXACT, NEAREST }

    private final ArrayParts p;

    DataArray(ArrayParts parts) {
        this.p = parts.freeze();
    }

    DataArray(String name, String[] dimOf, double[][] coordOf, Map<String, Double> scalars, Map<String, Object> attrs,
              int[][] chunks, Node node) {
        this(ArrayParts.of(name, dimOf, coordOf, scalars, attrs, chunks, node));
    }

    // ---- opening ----------------------------------------------------------------------------------------

    /** Opens a template mosaic lazily: one header request per tile (all at once), no pixels. */
    public static DataArray open(MosaicSpec spec) {
        return ArrayFactory.fromMosaic(Mosaic.open(spec), spec.chunks());
    }

    /** A lazy array over an already opened mosaic layer; {@code chunks} 0 picks the default. */
    public static DataArray open(MosaicLayout layout, int chunks) {
        return ArrayFactory.fromMosaic(layout, chunks);
    }

    /** Opens band 1 of one GeoTIFF (a path or any URI: file, http(s), s3, gs) lazily: one header request. */
    public static DataArray open(String uri) {
        return open(uri, 1);
    }

    /** Opens band {@code band} (from 1) of one GeoTIFF lazily. */
    public static DataArray open(String uri, int band) {
        return ArrayFactory.fromFile(uri, band);
    }

    /** An in-memory 2-D array with dims ("y", "x") and the given coordinates. */
    public static DataArray of(Grid grid, double[] y, double[] x) {
        return ArrayFactory.fromGrid(grid, y, x);
    }

    // ---- description ------------------------------------------------------------------------------------

    public String name() {
        return p.name;
    }

    public List<String> dims() {
        List<String> d = new ArrayList<>();
        for (String s : p.dimOf) {
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
        return axisOf(dim) == 0 ? p.node.rows() : p.node.cols();
    }

    public Dtype dtype() {
        return p.node.dtype();
    }

    /** Where the pixels lie (CRS, transform, nodata), or null for an array that is not a grid. */
    public Georef georef() {
        return p.georef;
    }

    /** The rioxarray-style georeferencing attributes (from {@link #georef()}) followed by the array's own. */
    public Map<String, Object> attrs() {
        Map<String, Object> a = new LinkedHashMap<>();
        if (p.georef != null) {
            a.putAll(p.georef.attrs());
        }
        a.putAll(p.attrs);
        return java.util.Collections.unmodifiableMap(a);
    }

    /** Coordinate values of a dimension, of a non-dimension coordinate, or the single value of a scalar one. */
    public double[] coord(String coordName) {
        for (int a = 0; a < 2; a++) {
            if (coordName.equals(p.dimOf[a])) {
                return p.coordOf[a].clone();
            }
        }
        if (p.aux.containsKey(coordName)) {
            return p.aux.get(coordName).clone();
        }
        Double v = p.scalars.get(coordName);
        if (v == null) {
            throw new InvalidArgumentException("no coordinate '" + coordName + "'; this array has " + dims()
                    + (p.scalars.isEmpty() ? "" : " and scalar " + p.scalars.keySet())
                    + (p.aux.isEmpty() ? "" : " and " + p.aux.keySet()));
        }
        return new double[] {v};
    }

    public Map<String, Double> scalarCoords() {
        return p.scalars;
    }

    /** Coordinates along the last dimension that are not its index (a line profile's x and y), in order. */
    public Map<String, double[]> auxCoords() {
        Map<String, double[]> out = new LinkedHashMap<>();
        p.aux.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /** Chunk sizes per dimension, in dimension order. */
    public List<int[]> chunks() {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            if (p.dimOf[a] != null) {
                out.add(p.chunks[a].clone());
            }
        }
        return out;
    }

    public Node node() {
        return p.node;
    }

    public boolean isLazy() {
        return !(p.node instanceof Node.Memory);
    }

    /** What the computation that produced these values did (requests, bytes, time), or null for a lazy array. */
    public JobStats job() {
        return p.job;
    }

    // ---- values -----------------------------------------------------------------------------------------

    /** Keeps values passing {@code condition}; the rest become NaN (integers are promoted to float64). */
    public DataArray where(Condition condition) {
        return where(condition, Double.NaN);
    }

    public DataArray where(Condition condition, double other) {
        return withNode(new Node.Pointwise(p.node, new PointOp.Where(condition, other)));
    }

    /**
     * Keeps values where another aligned array passes a test, lazily and in one pass:
     * {@code dem.where(count.ge(2))} as xarray's {@code dem.where(count >= 2)}.
     */
    public DataArray where(Mask mask) {
        return where(mask, Double.NaN);
    }

    public DataArray where(Mask mask, double other) {
        requireAligned(mask.array());
        return withNode(new Node.Binary(p.node, mask.array().p.node, new BinaryOp.WhereOther(mask.condition(), other)));
    }

    /** This array's values tested {@code > v}, for {@link #where(Mask)}. */
    public Mask gt(double v) {
        return test(Condition.gt(v));
    }

    public Mask ge(double v) {
        return test(Condition.ge(v));
    }

    public Mask lt(double v) {
        return test(Condition.lt(v));
    }

    public Mask le(double v) {
        return test(Condition.le(v));
    }

    public Mask eq(double v) {
        return test(Condition.eq(v));
    }

    public Mask ne(double v) {
        return test(Condition.ne(v));
    }

    /**
     * As {@link #maskNodata}, or this array as it is when it has no nodata value: how analyses and figures treat any
     * file, since a nodata value is never a height.
     * <pre>{@code
     * DataArray heights = DataArray.open("dem.tif").maskNodataIfAny();
     * }</pre>
     */
    public DataArray maskNodataIfAny() {
        return hasNodata() ? maskNodata() : this;
    }

    private boolean hasNodata() {
        return p.georef != null && p.georef.nodata() != null && !Double.isNaN(p.georef.nodata());
    }

    /** This array's values under any condition, e.g. {@code count.test(Condition.ge(2).and(Condition.le(10)))}. */
    public Mask test(Condition condition) {
        return new Mask(this, condition);
    }

    /** Turns the nodata value into NaN, like rioxarray's {@code masked=True}. */
    public DataArray maskNodata() {
        if (!hasNodata()) {
            throw new InvalidArgumentException("this array has no nodata value to mask");
        }
        ArrayParts b = p.copy();
        b.node = new Node.Pointwise(p.node, new PointOp.MaskValue(p.georef.nodata()));
        b.georef = p.georef.withNodata(Double.NaN);
        return new DataArray(b);
    }

    /**
     * A neighbourhood operation such as slope or hillshade, lazily: each pixel from the window around it. Neighbours
     * come from across block and tile edges and from outside this view where the mosaic has them; only the
     * mosaic's outer frame is NaN.
     */
    public DataArray neighbourhood(Kernel kernel) {
        return withNode(new Node.Neighbourhood(p.node, kernel));
    }

    // ---- analysis ---------------------------------------------------------------------------------------

    /**
     * Values at points {@code (x[i], y[i])} of the array's CRS, lazily: dims ["point"], auxiliary coordinates x and
     * y. Points are grouped by block when computed, so each needed block is read once; outside points are NaN.
     */
    public DataArray at(double[] x, double[] y, SamplingMethod method) {
        return Sampled.at(this, x, y, method);
    }

    /**
     * Values along a line at distances 0, step, 2·step, ... (step 0: the pixel size), lazily: dims ["distance"],
     * auxiliary coordinates x, y (and lon, lat when the line was given in lon/lat). Only the blocks the line
     * passes through are read.
     */
    public DataArray interp(Polyline line, double step, SamplingMethod method) {
        return Sampled.along(this, line, step, method);
    }

    /** Statistics (and hypsometry, when asked) of the valid pixels whose centres lie in each zone, on the default engine. */
    public ZonalStatistics zonal(Zones zones) {
        return zonal(zones, Engine.local(), ProgressListener.NONE);
    }

    /** As {@link #zonal(Zones)}; only blocks meeting a zone are read, and partial sums merge in a fixed order. */
    public ZonalStatistics zonal(Zones zones, Engine engine, ProgressListener progress) {
        return ZonalRun.run(this, zones, engine, progress);
    }

    // ---- selection --------------------------------------------------------------------------------------

    public DataArray isel(String dim, int index) {
        return Selections.iselPoint(this, axisOf(dim), index);
    }

    public DataArray isel(String dim, Slice slice) {
        return Selections.iselSlice(this, axisOf(dim), slice);
    }

    /** {@code sel(dim=label)}: the position whose coordinate equals {@code label}. */
    public DataArray sel(String dim, double label) {
        return sel(dim, label, Method.EXACT);
    }

    /** {@code sel(dim=label, method="nearest")} with pandas' tie-breaking. */
    public DataArray sel(String dim, double label, Method method) {
        double[] c = p.coordOf[axisOf(dim)];
        int i = method == Method.NEAREST ? LabelIndex.nearest(c, label) : LabelIndex.exact(c, label, dim);
        return isel(dim, i);
    }

    /** {@code sel(dim=slice(from, to))}: labels from..to inclusive, in index order (y: the larger first). */
    public DataArray sel(String dim, double from, double to) {
        return sel(dim, (Double) from, (Double) to);
    }

    /** As {@link #sel(String, double, double)}, with null for an open end. */
    public DataArray sel(String dim, Double from, Double to) {
        IndexMap map = LabelIndex.slice(p.coordOf[axisOf(dim)], from, to);
        return isel(dim, new Slice(map.start(), map.start() + map.count(), 1));
    }

    /** Pixels whose centres lie in a box (xmin, ymin, xmax, ymax) of map coordinates. */
    public DataArray selBox(double xmin, double ymin, double xmax, double ymax) {
        return Selections.box(this, xmin, ymin, xmax, ymax);
    }

    /** Starts a coarsen with xarray's default boundary, trim; finish with a reducer such as {@code mean()}. */
    public Coarsen coarsen(Map<String, Integer> windows) {
        return coarsen(windows, Boundary.TRIM);
    }

    /** Starts a coarsen over the given windows per dimension; finish with a reducer such as {@code mean()}. */
    public Coarsen coarsen(Map<String, Integer> windows, Boundary boundary) {
        for (String d : windows.keySet()) {
            axisOf(d);
        }
        return new Coarsen(this, windows, boundary);
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

    // ---- labels -----------------------------------------------------------------------------------------

    public DataArray rename(String newName) {
        ArrayParts b = p.copy();
        b.name = newName;
        return new DataArray(b);
    }

    /** Renames dimensions and their coordinates, e.g. {@code Map.of("x", "easting")}. */
    public DataArray renameDims(Map<String, String> names) {
        ArrayParts b = p.copy();
        for (int a = 0; a < 2; a++) {
            if (b.dimOf[a] != null && names.containsKey(b.dimOf[a])) {
                b.dimOf[a] = names.get(b.dimOf[a]);
            }
        }
        Map<String, Double> sc = new LinkedHashMap<>();
        p.scalars.forEach((k, v) -> sc.put(names.getOrDefault(k, k), v));
        b.scalars = sc;
        return new DataArray(b);
    }

    /**
     * Adds or replaces attributes ({@code long_name}, {@code units}, ...); georeferencing lives in {@link #georef()}.
     * Keys already present keep their place; new ones follow in the order of {@code more} when it has one (a
     * LinkedHashMap, a SortedMap), else sorted, so that outputs list attributes in the same order in every run
     * ({@code Map.of} iterates in a different order in every JVM).
     */
    public DataArray assignAttrs(Map<String, ?> more) {
        ArrayParts b = p.copy();
        Map<String, ?> ordered = more instanceof LinkedHashMap || more instanceof java.util.SortedMap ? more
                : new java.util.TreeMap<>(more);
        for (Map.Entry<String, ?> e : ordered.entrySet()) {
            if (Georef.KEYS.contains(e.getKey())) {
                throw new InvalidArgumentException("'" + e.getKey() + "' is derived from the georeferencing; "
                        + "change it with withGeoref(...)");
            }
            b.attrs.put(e.getKey(), e.getValue());
        }
        return new DataArray(b);
    }

    /** The same values placed by another georeferencing. */
    public DataArray withGeoref(Georef georef) {
        ArrayParts b = p.copy();
        b.georef = georef;
        return new DataArray(b);
    }

    /** Changes the chunk size (pixels) of every dimension; for a view of a mosaic it also sets the task size. */
    public DataArray rechunk(int size) {
        if (size < 1) {
            throw new InvalidArgumentException("chunk size must be >= 1, got " + size);
        }
        ArrayParts b = p.copy();
        b.chunks = new int[][] {Chunks.regular(p.node.rows(), size), Chunks.regular(p.node.cols(), size)};
        b.node = Nodes.withChunking(p.node, size);
        return new DataArray(b);
    }

    // ---- evaluation -------------------------------------------------------------------------------------

    /** Computes on the default engine ({@link Engine#local()}). */
    public DataArray compute() {
        return compute(Engine.local(), ProgressListener.NONE);
    }

    public DataArray compute(Engine engine) {
        return compute(engine, ProgressListener.NONE);
    }

    /** Evaluates the expression and returns an in-memory array with the same labels; {@link #job()} tells the cost. */
    public DataArray compute(Engine engine, ProgressListener progress) {
        return isLazy() ? Evaluation.run(this, engine, progress, false) : this;
    }

    public DataArray persist() {
        return persist(Engine.local(), ProgressListener.NONE);
    }

    /**
     * Like {@link #compute}, keeping the chunk structure: later operations start from these values. The engine is
     * also asked to keep the results where it computed them ({@link Engine#runAndKeep}; on Spark a cached RDD).
     */
    public DataArray persist(Engine engine, ProgressListener progress) {
        return isLazy() ? Evaluation.run(this, engine, progress, true) : this;
    }

    /**
     * Announces that this array will be computed after the jobs that run next in this JVM: the blocks it reads are
     * kept for it in the decoded-block cache when those jobs decode them (within the cache's budget), even by a scan
     * that keeps nothing else, so computing it then costs a cached read. The notebook's profile after its map:
     * <pre>{@code
     * DataArray masked = DataArray.open(MosaicSpec.of(template).rows("40:37").cols("20:23")).where(Condition.gt(0));
     * DataArray profile = masked.sel("y", 750000, DataArray.Method.NEAREST).expectLater();
     * DataArray map = masked.coarsen(Map.of("y", 100, "x", 100)).mean().persist();
     * float[] elevations = profile.compute().toFloatArray();   // no request, no decode
     * }</pre>
     * It plans and reads no pixels. Without effect when the cache is off, or for tasks that run in other JVMs
     * (Spark's executors).
     */
    public DataArray expectLater() {
        if (isLazy()) {
            ArrayEvaluator.get().expectLater(p.node);
        }
        return this;
    }

    /** The values, computing them on the default engine if needed. */
    public Grid values() {
        return ((Node.Memory) compute().p.node).grid();
    }

    /** One value by position, in dimension order ({@code get(row, col)} or {@code get(i)}). */
    public double get(int... index) {
        if (index.length != dims().size()) {
            throw new InvalidArgumentException("expected " + dims().size() + " indices for dims " + dims());
        }
        int r = p.dimOf[0] != null ? index[0] : 0;
        int c = p.dimOf[1] != null ? index[index.length - 1] : 0;
        return values().get(r, c);
    }

    /** All values, row-major, as float32 (computing them if needed). */
    public float[] toFloatArray() {
        return values().toFloatArray();
    }

    /** All values, row-major, as float64 (computing them if needed). */
    public double[] toDoubleArray() {
        return values().toDoubleArray();
    }

    @Override
    public String toString() {
        return ArrayRepr.format(this);
    }

    // ---- internals shared with Coarsen, Selections, Evaluation and ArrayRepr ------------------------------

    int axisOf(String dim) {
        for (int a = 0; a < 2; a++) {
            if (dim.equals(p.dimOf[a])) {
                return a;
            }
        }
        throw new InvalidArgumentException("no dimension '" + dim + "'; this array has dimensions " + dims());
    }

    String dimOf(int axis) {
        return p.dimOf[axis];
    }

    double[] coordOf(int axis) {
        return p.coordOf[axis];
    }

    int[] chunksOf(int axis) {
        return p.chunks[axis];
    }

    ArrayParts parts() {
        return p.copy();
    }

    private DataArray withNode(Node n) {
        ArrayParts b = p.copy();
        b.node = n;
        return new DataArray(b);
    }

    private void requireAligned(DataArray other) {
        for (int a = 0; a < 2; a++) {
            if (!java.util.Objects.equals(p.dimOf[a], other.p.dimOf[a])
                    || (p.coordOf[a] != null && !java.util.Arrays.equals(p.coordOf[a], other.p.coordOf[a]))) {
                throw new InvalidArgumentException("the arrays are not aligned: dims " + dims() + " vs "
                        + other.dims() + " or their coordinates differ (select the same region of both)");
            }
        }
    }
}
