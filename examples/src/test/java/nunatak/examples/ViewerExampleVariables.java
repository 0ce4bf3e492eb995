package nunatak.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicSpec;
import nunatak.viewer.Analyses;
import nunatak.viewer.LevelGrid;
import nunatak.viewer.LineProfiler;
import nunatak.viewer.MosaicSource;
import nunatak.viewer.PolygonArea;
import nunatak.viewer.Polyline;
import nunatak.viewer.Progress;
import nunatak.viewer.RasterLayer;
import nunatak.viewer.ViewSource;
import nunatak.viewer.ZonalStatistics;

/**
 * The prelude of the viewer's javadoc examples, where {@code source}, {@code dem} and {@code line} are the
 * viewer's types (a {@link ViewSource}, a {@link RasterLayer}, a viewer {@link Polyline}) over the same notebook
 * mosaic as {@link ExampleVariables}' (whose names these hide).
 *
 * <pre>{@code
 * double[] v = ViewerExampleVariables.dem.read(0, new PixelWindow(0, 0, 2, 2));
 * }</pre>
 */
@SuppressWarnings({"checkstyle:ConstantName", "hiding"})
public class ViewerExampleVariables extends ExampleVariables {
    public static final ViewSource source = viewSource();
    public static final RasterLayer dem = source.layer("dem");
    public static final LevelGrid grid = dem.levels().get(0);
    public static final Polyline line = new Polyline(new double[] {-1_000_000, -800_000},
            new double[] {700_000, 900_000});
    public static final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "example-reads");
        t.setDaemon(true);
        return t;
    });
    public static final LineProfiler profiler = Analyses.provisional(pool).profiler();
    public static final ZonalStatistics zonal = Analyses.provisional(pool).zonal();
    /** The vertices of {@link #line}. */
    public static final double[] xs = line.xs();
    public static final double[] ys = line.ys();
    /** A 100 km square inside the mosaic, as the page sends zones. */
    public static final PolygonArea area = new PolygonArea(List.<double[][]>of(new double[][] {
        {-1_050_000, 700_000}, {-950_000, 700_000}, {-950_000, 800_000}, {-1_050_000, 800_000}, {-1_050_000, 700_000}}));
    public static final PolygonArea polygon = area;
    /** The main layer's mosaic. */
    public static final MosaicSpec spec = MosaicSpec.of(template).withRows(rows).withCols(cols);
    public static final MosaicSpec demSpec = spec;
    public static final Progress progress = Progress.NONE;
    /** A 256 x 256 tile of opaque grey pixels. */
    public static final int[] argb = java.util.stream.IntStream.generate(() -> 0xff808080).limit(256 * 256).toArray();

    protected ViewerExampleVariables() {
    }

    private static ViewSource viewSource() {
        Map<String, MosaicSpec> layers = new LinkedHashMap<>();
        layers.put("dem", MosaicSpec.of(template).withRows(rows).withCols(cols));
        return new MosaicSource(template, layers, UnaryOperator.identity(), Engine.local());
    }
}
