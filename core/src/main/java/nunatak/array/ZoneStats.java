package nunatak.array;

import nunatak.analysis.Hypsometry;

/**
 * Statistics of one zone's valid pixels: count, area ({@code count} × pixel area), mean, min, max, population
 * standard deviation (NaN without a valid pixel) and, when asked, its hypsometry.
 *
 * <pre>{@code
 * ZoneStats first = dem.where(Condition.gt(0)).zonal(basins).zones().get(0);
 * System.out.println(first.id() + ": " + first.count() + " pixels, mean " + first.mean() + " m");
 * }</pre>
 */
public record ZoneStats(int index, String id, long count, double areaKm2, double mean, double min, double max,
                        double std, Hypsometry hypsometry) {
}
