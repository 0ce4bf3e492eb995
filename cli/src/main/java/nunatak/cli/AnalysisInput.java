package nunatak.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nunatak.InvalidArgumentException;
import nunatak.array.DataArray;
import nunatak.array.Georef;
import nunatak.array.Labels;
import nunatak.engine.JobStats;
import nunatak.geom.PixelGrid;

/**
 * The mosaic an analysis command (profile along a line, points, terrain, zonal) reads: opened from SOURCE or the
 * source options, masked as asked, and with the files' nodata as NaN, as gdaldem and zonal tools treat it (a
 * nodata value is never averaged or sampled as a height).
 */
final class AnalysisInput {
    private AnalysisInput() {
    }

    /** The chosen layer within {@code box} (EPSG:3031 metres, or null for --bbox), nodata as NaN. */
    static MosaicOptions.Opened open(SourceArgument argument, MosaicOptions mosaic, SourceOptionsMixin source,
                                     PrintWriter err, double[] box) {
        argument.applyTo(mosaic);
        MosaicOptions.Opened o = box == null ? mosaic.open(source.toOptions(), err)
                : mosaic.open(source.toOptions(), err, mosaic.overview, box);
        return new MosaicOptions.Opened(o.source(), o.dataset(), o.array().maskNodataIfAny());
    }

    /** The pixel grid of a north-up 2-D array. */
    static PixelGrid grid(DataArray a) {
        Georef g = a.georef();
        if (g == null || g.transform() == null || !g.transform().isNorthUp()) {
            throw new InvalidArgumentException("the mosaic has no north-up georeferencing, so map coordinates cannot "
                    + "be placed on it");
        }
        return new PixelGrid(g.transform().c(), g.transform().f(), g.transform().a(), g.transform().e());
    }

    /** The mosaic's outer edges {xmin, ymin, xmax, ymax}. */
    static double[] bounds(DataArray a) {
        PixelGrid g = grid(a);
        double x0 = g.originX();
        double x1 = x0 + a.size("x") * g.resX();
        double y0 = g.originY();
        double y1 = y0 + a.size("y") * g.resY();
        return new double[] {Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)};
    }

    /** "x from -1100000 to -700000 m, y from 600000 to 1000000 m (EPSG:3031)". */
    static String describeBounds(DataArray a) {
        double[] b = bounds(a);
        return String.format(Locale.ROOT, "x from %s to %s m, y from %s to %s m (EPSG:3031)", Labels.plain(b[0]),
                Labels.plain(b[2]), Labels.plain(b[1]), Labels.plain(b[3]));
    }

    static boolean inside(double[] bounds, double x, double y) {
        return x >= bounds[0] && x <= bounds[2] && y >= bounds[1] && y <= bounds[3];
    }

    /** "3 requests, 1.2 MiB read" (and "5 ranges from the cache") from what the jobs did. */
    static String io(JobStats job) {
        return String.format(Locale.ROOT, "%d requests, %.1f MiB read%s", job.requests(), job.bytes() / 1048576.0,
                job.cacheHits() > 0 ? ", " + job.cacheHits() + " ranges from the cache" : "");
    }
}
