package nunatak.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nunatak.InvalidArgumentException;
import nunatak.NunatakException;
import nunatak.analysis.Hypsometry;
import nunatak.array.DataArray;
import nunatak.array.Labels;
import nunatak.array.ZonalStatistics;
import nunatak.array.ZoneStats;
import nunatak.array.Zones;
import nunatak.engine.Engine;
import nunatak.geom.CentreMask;
import nunatak.geom.Crs;
import nunatak.geom.CsvText;
import nunatak.geom.GeoFeature;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.PixelGrid;
import nunatak.tiff.Window;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak zonal}: statistics of the valid pixels whose centres lie in each polygon of a GeoJSON file (as
 * rasterio's {@code geometry_mask}), and optionally their hypsometry; only blocks meeting a zone are read.
 */
@Command(name = "zonal", description = {
        "Statistics per zone (Polygons and MultiPolygons, holes allowed) of the valid pixels whose centres lie inside: "
                + "count, area_km2 (count x pixel area), mean, min, max, std (population); with --hypsometry W the "
                + "counts of values in bins [k W, (k+1) W). Zones keep the input order. Only blocks meeting a zone "
                + "are read; the files' nodata is not a value.",
        "Example: nunatak zonal 'tiles/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif' --zones basins.geojson "
                + "--zones-crs EPSG:4326 --id-field NAME --hypsometry 100 -o basins.json"})
final class ZonalCommand implements Callable<Integer> {
    @Mixin
    AnalysisSource input;

    @Option(names = "--zones", paramLabel = "FILE", required = true,
            description = "GeoJSON: a FeatureCollection of Polygons/MultiPolygons, a Feature, or a bare geometry.")
    Path zonesFile;

    @Option(names = "--zones-crs", paramLabel = "CRS", defaultValue = "EPSG:3031",
            description = "CRS of the zones' coordinates: EPSG:3031 or EPSG:4326 (default: ${DEFAULT-VALUE}).")
    String zonesCrs;

    @Option(names = "--id-field", paramLabel = "NAME",
            description = "The property that names a zone (default: the feature's id, else its position from 0).")
    String idField;

    @Option(names = "--hypsometry", paramLabel = "BIN_METRES",
            description = "Also count the valid values in bins [k W, (k+1) W) of this width.")
    Double hypsometry;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Result: .json ({\"zones\": [...]}) or .csv (one row a zone; with --hypsometry, the bins go "
                    + "to NAME_hypsometry.csv beside it). Without it, a table is printed.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String kind = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (output != null && !kind.endsWith(".json") && !kind.endsWith(".csv")) {
            throw new InvalidArgumentException(output + ": zonal statistics are written as .json or .csv");
        }
        Timer timer = new Timer(spec.commandLine().getErr());
        List<GeoFeature> features = GeoJsonReader.read(zonesFile, Crs.parse(zonesCrs));
        Zones zones = Zones.of(features, idField, hypsometry);
        MosaicOptions.Opened opened = input.open(spec.commandLine().getErr(), null);
        DataArray dem = opened.array();
        checkCoverage(zones, dem);
        timer.lap("open", opened.dataset().layout(input.mosaic.asset).tiles().size() + " tiles, " + zones.zones().size()
                + " zones");
        ZonalStatistics stats;
        try (Engine engine = input.engine.start(timer)) {
            stats = dem.zonal(zones, engine, ProgressBars.forTerminal());
            timer.lap("zonal", engine.name() + ", " + AnalysisInput.io(stats.job()));
        }
        if (output == null) {
            print(stats, spec.commandLine().getOut());
        } else if (kind.endsWith(".json")) {
            write(output, Json.write(Map.of("zones", stats.zones().stream().map(this::json).toList())) + "\n");
        } else {
            writeCsv(stats);
        }
        if (output != null) {
            timer.lap("write", output.toString());
        }
        return 0;
    }

    /** Zones that hold no pixel centre of the mosaic get a warning; when none holds one, it is an error. */
    private void checkCoverage(Zones zones, DataArray dem) {
        PixelGrid grid = AnalysisInput.grid(dem);
        List<String> empty = new ArrayList<>();
        for (Zones.Zone z : zones.zones()) {
            if (pixels(z, grid, dem.size("y"), dem.size("x")) == 0) {
                empty.add("zone " + z.index() + " (id \"" + z.id() + "\")");
            }
        }
        String where = "the mosaic (" + AnalysisInput.describeBounds(dem) + ")";
        if (empty.size() == zones.zones().size()) {
            throw new InvalidArgumentException("no zone of " + zonesFile + " holds a pixel centre of " + where
                    + "; check --zones-crs (now " + zonesCrs + ")");
        }
        for (String e : empty) {
            spec.commandLine().getErr().println("warning: " + e + " of " + zonesFile + " holds no pixel centre of "
                    + where + ": its count is 0 and its statistics empty");
        }
        spec.commandLine().getErr().flush();
    }

    /** Pixels whose centres lie in the zone (valid or not), counted over the zone's box only. */
    static long pixels(Zones.Zone zone, PixelGrid grid, int rows, int cols) {
        Envelope e = zone.geometry().getEnvelopeInternal();
        double ca = grid.fractionalCol(e.getMinX());
        double cb = grid.fractionalCol(e.getMaxX());
        double ra = grid.fractionalRow(e.getMinY());
        double rb = grid.fractionalRow(e.getMaxY());
        int c0 = (int) Math.max(0, Math.floor(Math.min(ca, cb)));
        int c1 = (int) Math.min(cols, Math.ceil(Math.max(ca, cb)));
        int r0 = (int) Math.max(0, Math.floor(Math.min(ra, rb)));
        int r1 = (int) Math.min(rows, Math.ceil(Math.max(ra, rb)));
        if (c1 <= c0 || r1 <= r0) {
            return 0;
        }
        return CentreMask.of(zone.geometry(), grid).runs(new Window(c0, r0, c1 - c0, r1 - r0)).pixelCount();
    }

    private Map<String, Object> json(ZoneStats z) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", z.id());
        m.put("count", z.count());
        m.put("area_km2", z.areaKm2());
        m.put("mean", Json.number(z.mean()));
        m.put("min", Json.number(z.min()));
        m.put("max", Json.number(z.max()));
        m.put("std", Json.number(z.std()));
        if (z.hypsometry() != null) {
            Hypsometry h = z.hypsometry();
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("bin_m", h.binWidth());
            hm.put("lower", h.lowerBounds());
            hm.put("count", h.counts());
            m.put("hypsometry", hm);
        }
        return m;
    }

    private void writeCsv(ZonalStatistics stats) {
        StringBuilder sb = new StringBuilder("id,count,area_km2,mean,min,max,std\n");
        StringBuilder bins = new StringBuilder("id,lower_m,upper_m,count\n");
        for (ZoneStats z : stats.zones()) {
            sb.append(CsvText.record(List.of(z.id(), Long.toString(z.count()), Labels.plain(z.areaKm2()),
                    number(z.mean()), number(z.min()), number(z.max()), number(z.std())))).append('\n');
            if (z.hypsometry() != null) {
                double[] lower = z.hypsometry().lowerBounds();
                long[] count = z.hypsometry().counts();
                for (int i = 0; i < lower.length; i++) {
                    bins.append(CsvText.record(List.of(z.id(), Labels.plain(lower[i]),
                            Labels.plain(lower[i] + z.hypsometry().binWidth()), Long.toString(count[i])))).append('\n');
                }
            }
        }
        write(output, sb.toString());
        if (hypsometry != null) {
            String file = output.getFileName().toString();
            Path binsFile = output.resolveSibling(file.substring(0, file.length() - 4) + "_hypsometry.csv");
            write(binsFile, bins.toString());
            spec.commandLine().getErr().println("wrote the hypsometry to " + binsFile);
        }
    }

    /** A table of the statistics, one line a zone. */
    static void print(ZonalStatistics stats, PrintWriter out) {
        out.printf(Locale.ROOT, "%-20s %10s %12s %10s %10s %10s %10s%n", "zone", "count", "area_km2", "mean", "min",
                "max", "std");
        for (ZoneStats z : stats.zones()) {
            out.printf(Locale.ROOT, "%-20s %10d %12.3f %10.2f %10.2f %10.2f %10.2f%n", z.id(), z.count(), z.areaKm2(),
                    z.mean(), z.min(), z.max(), z.std());
        }
        out.flush();
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static void write(Path file, String text) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new NunatakException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }
}
