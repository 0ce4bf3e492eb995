package nunatak.viewer;

/**
 * Samples a layer along a line at stations 0, step, 2·step, … ≤ the line's length, with bilinear interpolation
 * at full resolution: the contract of {@code nunatak profile --line … --method bilinear}. The viewer uses
 * {@link ProvisionalBilinearProfiler} until that command's kernel lands in core.
 *
 * <pre>{@code
 * LineProfile p = profiler.profile(source.layer("dem"), line, 32, Progress.NONE);
 * p.distance();   // 0, 32, 64, ...
 * }</pre>
 */
public interface LineProfiler {

    /** @param step metres between stations (> 0) */
    LineProfile profile(RasterLayer layer, Polyline line, double step, Progress progress);
}
