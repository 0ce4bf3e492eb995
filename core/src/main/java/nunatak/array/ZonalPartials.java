package nunatak.array;

import java.io.Serializable;
import nunatak.analysis.Hypsometry;
import nunatak.analysis.ZonalStats;

/**
 * Running statistics of every zone (and hypsometries when asked), as a task or the driver holds them; merging is
 * exact for counts, min and max, and in a fixed order for the sums.
 */
public final class ZonalPartials implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ZonalStats[] stats;
    private final Hypsometry[] hyps;

    public ZonalPartials(int zones, Double bin) {
        stats = new ZonalStats[zones];
        hyps = bin == null ? null : new Hypsometry[zones];
        for (int i = 0; i < zones; i++) {
            stats[i] = new ZonalStats();
            if (hyps != null) {
                hyps[i] = new Hypsometry(bin);
            }
        }
    }

    /** Adds {@code values[from .. to)} to zone {@code z}. */
    public void add(int z, double[] values, int from, int to) {
        stats[z].addAll(values, from, to);
        if (hyps != null) {
            hyps[z].addAll(values, from, to);
        }
    }

    public void merge(ZonalPartials o) {
        for (int i = 0; i < stats.length; i++) {
            stats[i].merge(o.stats[i]);
            if (hyps != null) {
                hyps[i].merge(o.hyps[i]);
            }
        }
    }

    ZonalStats stats(int z) {
        return stats[z];
    }

    Hypsometry hypsometry(int z) {
        return hyps == null ? null : hyps[z];
    }
}
