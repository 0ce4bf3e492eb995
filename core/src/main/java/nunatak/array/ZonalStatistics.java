package nunatak.array;

import java.util.List;
import nunatak.engine.JobStats;

/**
 * The statistics of every zone, in input order, and what computing them did.
 *
 * <pre>{@code
 * for (ZoneStats z : dem.zonal(basins).zones()) {
 *     System.out.println(z.id() + ": " + z.mean() + " m over " + z.areaKm2() + " km²");
 * }
 * }</pre>
 */
public record ZonalStatistics(List<ZoneStats> zones, JobStats job) {

    public ZonalStatistics {
        zones = List.copyOf(zones);
    }
}
