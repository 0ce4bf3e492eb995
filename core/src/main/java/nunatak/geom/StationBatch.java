package nunatak.geom;

import java.io.Serializable;

/**
 * Consecutive stations of a line from station {@code first}: distance along the line, EPSG:3031 x and y, and lon
 * and lat when the line was given in lon/lat (else null).
 *
 * <pre>{@code
 * StationBatch b = new LineStations(line, 8).batch(0, 10);
 * double lastDistance = b.distance()[b.size() - 1];
 * }</pre>
 */
public record StationBatch(long first, double[] distance, double[] x, double[] y, double[] lon, double[] lat)
        implements Serializable {

    public int size() {
        return distance.length;
    }
}
