package nunatak.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nunatak.geom.Epsg3031;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Points per second of EPSG:4326 ↔ EPSG:3031 for a batch of 100 000 points over Antarctica: nunatak's
 * {@link Epsg3031} (proj4j) against Apache SIS, both on one thread; the scores are operations (points) per second.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar ProjectionBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProjectionBenchmark {
    static final int N = 100_000;

    private double[] lon;
    private double[] lat;
    private double[] x;
    private double[] y;
    private double[] lonLat;
    private double[] xy;
    private double[] work1;
    private double[] work2;
    private double[] interleaved;
    private MathTransform sisForward;
    private MathTransform sisInverse;

    @Setup
    public void setUp() throws TransformException {
        SplittableRandom rnd = new SplittableRandom(1);
        lon = new double[N];
        lat = new double[N];
        lonLat = new double[2 * N];
        for (int i = 0; i < N; i++) {
            lon[i] = -180 + 360 * rnd.nextDouble();
            lat[i] = -90 + 30 * rnd.nextDouble();
            lonLat[2 * i] = lon[i];
            lonLat[2 * i + 1] = lat[i];
        }
        x = lon.clone();
        y = lat.clone();
        Epsg3031.toPolarInPlace(x, y);
        xy = new double[2 * N];
        for (int i = 0; i < N; i++) {
            xy[2 * i] = x[i];
            xy[2 * i + 1] = y[i];
        }
        work1 = new double[N];
        work2 = new double[N];
        interleaved = new double[2 * N];
        sisForward = SisPolar.forward();
        sisInverse = sisForward.inverse();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double proj4jForward() {
        System.arraycopy(lon, 0, work1, 0, N);
        System.arraycopy(lat, 0, work2, 0, N);
        Epsg3031.toPolarInPlace(work1, work2);
        return work1[N - 1];
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double proj4jInverse() {
        System.arraycopy(x, 0, work1, 0, N);
        System.arraycopy(y, 0, work2, 0, N);
        Epsg3031.toLonLatInPlace(work1, work2);
        return work1[N - 1];
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double sisForward() throws TransformException {
        sisForward.transform(lonLat, 0, interleaved, 0, N);
        return interleaved[2 * N - 1];
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double sisInverse() throws TransformException {
        sisInverse.transform(xy, 0, interleaved, 0, N);
        return interleaved[2 * N - 1];
    }
}
