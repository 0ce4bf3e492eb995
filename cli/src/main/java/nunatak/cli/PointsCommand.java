package nunatak.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.analysis.SamplingMethod;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.engine.JobStats;
import nunatak.engine.ProgressListener;
import nunatak.geom.Crs;
import nunatak.geom.PointBatch;
import nunatak.geom.PointColumns;
import nunatak.geom.PointReader;
import nunatak.geom.PointValueWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak points}: the mosaic's value at every point of a CSV or GeoJSON file, written back row by row in
 * input order with all its columns plus {@code value}. The file is streamed in batches; each batch is one
 * computation whose points the planner groups by block, so a batch reads each block it needs once.
 */
@Command(name = "points", description = {
        "Values at points: every row of a CSV (with a header) or every Point feature of a GeoJSON file, in input order "
                + "with all its columns plus 'value' (empty for no data). Streams the file in batches: memory stays "
                + "bounded for any number of points, and each batch reads the blocks it needs once.",
        "Example: nunatak points 'tiles/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif' --points icesat2.csv "
                + "--lon-col lon --lat-col lat -o heights.csv"})
final class PointsCommand implements Callable<Integer> {
    @Mixin
    AnalysisSource input;

    @Option(names = "--points", paramLabel = "FILE", required = true,
            description = "Points: a .csv with a header, or a .geojson / .json of Point features.")
    Path points;

    @Option(names = "--points-crs", paramLabel = "CRS",
            description = "CRS of the coordinates: EPSG:3031 or EPSG:4326 (default: EPSG:4326 for --lon-col/--lat-col "
                    + "or lon/lat columns, else EPSG:3031; GeoJSON: EPSG:3031).")
    String pointsCrs;

    @Option(names = "--x-col", paramLabel = "NAME", description = "CSV column of x (with --y-col; EPSG:3031 metres).")
    String xCol;

    @Option(names = "--y-col", paramLabel = "NAME", description = "CSV column of y.")
    String yCol;

    @Option(names = "--lon-col", paramLabel = "NAME", description = "CSV column of longitude (with --lat-col; degrees).")
    String lonCol;

    @Option(names = "--lat-col", paramLabel = "NAME", description = "CSV column of latitude.")
    String latCol;

    @Mixin
    SamplingOption sampling;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000000",
            description = "Points per computation: each batch reads the blocks its points need once; memory grows "
                    + "with it, about 200 bytes a point (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Result: .csv, or .geojson for a GeoJSON input (a 'value' property on each feature).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Timer timer = new Timer(spec.commandLine().getErr());
        SamplingMethod m = sampling.method();
        PointColumns columns = columns();
        Crs crs = pointsCrs == null ? null : Crs.parse(pointsCrs);
        checkNotTheInput();
        MosaicOptions.Opened opened = input.open(spec.commandLine().getErr(), null);
        DataArray dem = opened.array();
        double[] bounds = AnalysisInput.bounds(dem);
        timer.lap("open", opened.dataset().layout(input.mosaic.asset).tiles().size() + " tiles");
        Path temp = output.toAbsolutePath().resolveSibling("." + output.getFileName() + ".nunatak-tmp");
        Counts n = new Counts();
        try (PointReader in = PointReader.open(points, columns, crs, batch);
             Engine engine = input.engine.start(timer);
             ProgressBar bar = ProgressBars.onTerminal() ? ProgressBars.bar("points", -1, " points", 1) : null) {
            try (OutputStream os = Files.newOutputStream(temp);
                 PointValueWriter out = PointValueWriter.create(os, output.toString(), in, PointReader.formatOf(output))) {
                for (PointBatch b = in.next(); b != null; b = in.next()) {
                    DataArray values = dem.at(b.x(), b.y(), m).compute(engine, ProgressListener.NONE);
                    double[] v = values.toDoubleArray();
                    out.write(b, v);
                    n.add(b, v, bounds, values.job());
                    if (bar != null) {
                        bar.stepBy(b.size());
                    }
                }
            }
            if (n.rows > 0 && n.outside == n.rows) {
                throw new InvalidArgumentException("every point of " + points + " lies outside the mosaic ("
                        + AnalysisInput.describeBounds(dem) + "); check the coordinate columns and --points-crs"
                        + " (the file's coordinates were read as " + in.crs() + ")");
            }
            Files.move(temp, output.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new NunatakException(output + ": cannot be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
        timer.lap("points", String.format(Locale.ROOT, "%d points in %d batches (%s), %d outside the mosaic, %d without "
                + "a value; %s", n.rows, n.batches, m.name().toLowerCase(Locale.ROOT), n.outside, n.nan,
                AnalysisInput.io(n.job)));
        spec.commandLine().getErr().println("wrote " + output);
        return 0;
    }

    private PointColumns columns() {
        boolean xy = xCol != null || yCol != null;
        boolean lonLat = lonCol != null || latCol != null;
        if (xy && lonLat) {
            throw new InvalidArgumentException("give either --x-col/--y-col or --lon-col/--lat-col, not both");
        }
        if (xy && (xCol == null || yCol == null) || lonLat && (lonCol == null || latCol == null)) {
            throw new InvalidArgumentException("coordinate columns come in pairs: --x-col with --y-col, --lon-col "
                    + "with --lat-col");
        }
        if (xy) {
            return new PointColumns(xCol, yCol, pointsCrs == null ? Crs.EPSG_3031 : Crs.parse(pointsCrs));
        }
        return lonLat ? new PointColumns(lonCol, latCol, pointsCrs == null ? Crs.EPSG_4326 : Crs.parse(pointsCrs))
                : null;
    }

    private void checkNotTheInput() {
        try {
            if (Files.exists(output) && Files.isSameFile(output, points)) {
                throw new InvalidArgumentException(output + " is the input file; write the values to another file");
            }
        } catch (IOException e) {
            throw new NunatakException(output + ": cannot be checked: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // only a leftover temporary file
        }
    }

    /** What the batches did. */
    private static final class Counts {
        long rows;
        long outside;
        long nan;
        int batches;
        JobStats job = JobStats.NONE;

        void add(PointBatch b, double[] v, double[] bounds, JobStats batchJob) {
            batches++;
            rows += b.size();
            for (int i = 0; i < v.length; i++) {
                outside += AnalysisInput.inside(bounds, b.x()[i], b.y()[i]) ? 0 : 1;
                nan += Double.isNaN(v[i]) ? 1 : 0;
            }
            job = job.plus(batchJob);
        }
    }
}
