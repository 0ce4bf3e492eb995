package nunatak.viewer;

import java.util.concurrent.ExecutorService;

/**
 * The computations behind the API, swappable as a whole: profiles along lines, statistics in polygons and the
 * lon/lat conversion. {@link #provisional} gives the viewer's own until core's land.
 *
 * <pre>{@code
 * Analyses a = Analyses.provisional(pool);
 * a.profiler().profile(dem, line, 8, Progress.NONE);
 * }</pre>
 */
public record Analyses(LineProfiler profiler, ZonalStatistics zonal, LonLatProjection projection) {

    /** The viewer's provisional implementations, reading windows on {@code reads}. */
    public static Analyses provisional(ExecutorService reads) {
        return new Analyses(new ProvisionalBilinearProfiler(reads), new ProvisionalZonalStatistics(reads),
                new ProvisionalPolarStereographic());
    }
}
