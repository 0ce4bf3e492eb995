package nunatak.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nunatak.analysis.HornKernel;
import nunatak.analysis.Hypsometry;
import nunatak.analysis.TerrainParams;
import nunatak.analysis.TerrainProduct;
import nunatak.analysis.ZonalStats;
import nunatak.geom.CentreMask;
import nunatak.geom.MaskRuns;
import nunatak.geom.PixelGrid;
import nunatak.tiff.Window;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analysis kernels per pixel on one thread, scores in pixels per second: a zone mask over a 4096 × 4096 window
 * cut into 512 × 512 blocks (a 2 000-vertex polygon with a hole covering ~9 M pixels), Horn slope and hillshade
 * over 512-pixel rows, and zonal statistics plus hypsometry over 512-pixel runs.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar AnalysisBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AnalysisBenchmark {
    private static final int SIDE = 4096;
    private static final int BLOCK = 512;
    private static final int ROW = 512;

    @Param({"SLOPE", "HILLSHADE"})
    public TerrainProduct product;

    private CentreMask mask;
    private HornKernel kernel;
    private double[][] rows;
    private double[] out;
    private double[] values;

    @Setup
    public void setUp() {
        PixelGrid grid = new PixelGrid(0, SIDE * 32.0, 32, -32);
        GeometryFactory f = new GeometryFactory();
        SplittableRandom rnd = new SplittableRandom(3);
        double c = SIDE * 16.0;
        mask = CentreMask.of(f.createPolygon(f.createLinearRing(ring(c, c, c * 0.95, 2000, rnd)),
                new org.locationtech.jts.geom.LinearRing[] {f.createLinearRing(ring(c, c, c * 0.3, 200, rnd))}), grid);
        kernel = HornKernel.of(product, TerrainParams.of(32, -32));
        rows = new double[3][ROW + 2];
        for (double[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                r[i] = 1000 + 300 * rnd.nextDouble();
            }
        }
        out = new double[ROW];
        values = rows[1].clone();
    }

    private static Coordinate[] ring(double cx, double cy, double radius, int n, SplittableRandom rnd) {
        Coordinate[] cs = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            double a = -2 * Math.PI * k / n;
            double r = radius * (0.85 + 0.15 * rnd.nextDouble());
            cs[k] = new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        cs[n] = cs[0];
        return cs;
    }

    @Benchmark
    @OperationsPerInvocation(SIDE * SIDE)
    public long maskRunsPerBlock() {
        long inside = 0;
        for (int r = 0; r < SIDE; r += BLOCK) {
            for (int c = 0; c < SIDE; c += BLOCK) {
                MaskRuns runs = mask.runs(new Window(c, r, BLOCK, BLOCK));
                inside += runs.pixelCount();
            }
        }
        return inside;
    }

    @Benchmark
    @OperationsPerInvocation(ROW)
    public double hornRow() {
        kernel.row(rows[0], rows[1], rows[2], 0, out, 0, ROW);
        return out[ROW - 1];
    }

    @Benchmark
    @OperationsPerInvocation(ROW)
    public double zonalRun() {
        ZonalStats s = new ZonalStats();
        Hypsometry h = new Hypsometry(10);
        s.addAll(values, 0, ROW);
        h.addAll(values, 0, ROW);
        return s.std() + h.total();
    }
}
