package nunatak.geom;

import java.nio.file.Path;

/**
 * Streams a point file through {@link PointReader} and {@link PointValueWriter}, the value of each row being
 * x + y (NaN on every seventh row). {@code PointFilesTest} runs it in a JVM with a small heap to show that memory
 * does not grow with the number of points.
 *
 * <pre>{@code
 * java -Xmx48m -cp ... nunatak.geom.PointStreamingMain in.csv out.csv
 * }</pre>
 */
public final class PointStreamingMain {
    private PointStreamingMain() {
    }

    public static void main(String[] args) {
        try (PointReader in = PointReader.open(Path.of(args[0]), null, null, 100_000);
             PointValueWriter out = PointValueWriter.create(Path.of(args[1]), in)) {
            for (PointBatch b = in.next(); b != null; b = in.next()) {
                double[] v = new double[b.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = (b.firstRow() + i) % 7 == 0 ? Double.NaN : b.x()[i] + b.y()[i];
                }
                out.write(b, v);
            }
        }
    }
}
