package nunatak.array;

import java.util.ArrayList;
import java.util.List;
import nunatak.analysis.ZonalStats;
import nunatak.engine.Engine;
import nunatak.engine.JobStats;
import nunatak.engine.ProgressListener;
import nunatak.geom.CentreMask;
import nunatak.geom.MaskRuns;
import nunatak.geom.PixelGrid;
import nunatak.tiff.Window;

/** Runs zonal statistics on an engine (or in memory for computed arrays) and turns partials into results. */
final class ZonalRun {
    private ZonalRun() {
    }

    static ZonalStatistics run(DataArray a, Zones zones, Engine engine, ProgressListener progress) {
        PixelGrid grid = Sampled.gridOf(a);
        ZonalPartials p;
        JobStats job;
        if (a.isLazy()) {
            ArrayEvaluator.ZonalResult r = ArrayEvaluator.get().zonal(a.node(), zones, grid, engine, progress);
            p = r.partials();
            job = r.job();
        } else {
            p = inMemory(a.values(), zones, grid);
            job = JobStats.NONE;
        }
        double pixelKm2 = grid.pixelArea() / 1e6;
        List<ZoneStats> out = new ArrayList<>();
        for (int i = 0; i < zones.zones().size(); i++) {
            Zones.Zone z = zones.zones().get(i);
            ZonalStats s = p.stats(i);
            out.add(new ZoneStats(z.index(), z.id(), s.count(), s.count() * pixelKm2, s.mean(), s.min(), s.max(),
                    s.std(), p.hypsometry(i)));
        }
        return new ZonalStatistics(out, job);
    }

    /** The reference on values in memory: every zone's centre mask over the whole grid. */
    static ZonalPartials inMemory(Grid g, Zones zones, PixelGrid grid) {
        ZonalPartials p = new ZonalPartials(zones.zones().size(), zones.hypsometryBin());
        double[] row = new double[g.cols()];
        for (int z = 0; z < zones.zones().size(); z++) {
            MaskRuns runs = CentreMask.of(zones.zones().get(z).geometry(), grid).runs(Window.of(g.cols(), g.rows()));
            for (int r = 0; r < g.rows(); r++) {
                int first = runs.firstRun(r);
                int last = runs.firstRun(r + 1);
                if (first < last) {
                    g.getRow(r, row);
                    for (int k = first; k < last; k++) {
                        p.add(z, row, runs.start(k), runs.end(k));
                    }
                }
            }
        }
        return p;
    }
}
