package nunatak.viewer;

/**
 * What {@link ZonalStatistics} reports: valid pixels counted, their area, and their mean, minimum, maximum and
 * population standard deviation (NaN when no pixel counted).
 *
 * <pre>{@code
 * ZonalSummary s = zonal.summarize(dem, area, Progress.NONE);
 * String line = s.count() + " pixels, " + s.areaKm2() + " km², mean " + s.mean();
 * }</pre>
 *
 * @param pixels pixels whose centre is inside, valid or not
 */
public record ZonalSummary(long count, long pixels, double areaKm2, double mean, double min, double max, double std) {
}
