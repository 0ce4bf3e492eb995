package nunatak.viewer;

/**
 * Values along a line: station {@code k} lies {@code distance[k]} metres along it at ({@code x[k]}, {@code y[k]})
 * and has {@code value[k]} (NaN where there is no data or a neighbouring pixel is missing).
 *
 * <pre>{@code
 * LineProfile p = profiler.profile(dem, line, 8, Progress.NONE);
 * double last = p.distance()[p.size() - 1];   // <= p.length()
 * }</pre>
 */
public record LineProfile(double step, double length, double[] distance, double[] x, double[] y, double[] value) {

    public int size() {
        return distance.length;
    }
}
