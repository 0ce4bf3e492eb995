package nunatak.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nunatak.InvalidArgumentException;
import nunatak.analysis.TerrainProduct;
import nunatak.array.DataArray;
import nunatak.array.Terrain;
import nunatak.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nunatak terrain}: slope, aspect or hillshade exactly as {@code gdaldem} computes them (Horn's method), of
 * the whole mosaic or a --bbox; the box's edge pixels take their neighbours from outside it, so a box gives the
 * same pixels as the whole mosaic cropped. Large areas are computed in bands streamed into the GeoTIFF.
 */
@Command(name = "terrain", description = {
        "Slope (degrees), aspect (degrees clockwise from north, nodata where flat) or hillshade (1..255) by Horn's "
                + "3x3 method, as gdaldem computes them. A pixel with a NaN in its 3x3 window is nodata; neighbours "
                + "come from across tiles and from outside --bbox, so only the mosaic's outer frame is nodata.",
        "GeoTIFF output is typed as gdaldem writes it: float32 with nodata -9999 (slope, aspect), Byte with 0 for "
                + "nodata (hillshade).",
        "Example: nunatak terrain 'tiles/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_dem_COG_LZW.tif' --product hillshade "
                + "--bbox -1100000,600000,-900000,800000 -o hillshade.tif --plot hillshade.png"})
final class TerrainCommand implements Callable<Integer> {
    /** Largest JSON result, in pixels: beyond it a JSON file is no use to anyone; GeoTIFF streams any size. */
    static final long MAX_JSON_PIXELS = 16L << 20;
    private static final int PREVIEW_SIDE = 1500;

    @Mixin
    AnalysisSource input;

    @Mixin
    FigureOptions figure;

    @Option(names = "--product", paramLabel = "slope|aspect|hillshade", required = true, description = "What to compute.")
    String product;

    @Option(names = "--azimuth", paramLabel = "DEG", defaultValue = "315",
            description = "Hillshade: direction of the light, degrees clockwise from north (default: ${DEFAULT-VALUE}).")
    double azimuth;

    @Option(names = "--altitude", paramLabel = "DEG", defaultValue = "45",
            description = "Hillshade: height of the light above the horizon in degrees (default: ${DEFAULT-VALUE}).")
    double altitude;

    @Option(names = "--z-factor", paramLabel = "Z", defaultValue = "1",
            description = "Vertical exaggeration, as gdaldem's -z (default: ${DEFAULT-VALUE}).")
    double zFactor;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "Result: .tif (a cloud-optimized GeoTIFF typed as gdaldem writes it) or .json.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TerrainProduct p = TerrainProduct.parse(product);
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean tif = name.endsWith(".tif") || name.endsWith(".tiff");
        if (!tif && !name.endsWith(".json")) {
            throw new InvalidArgumentException(output + ": terrain is written as .tif or .json");
        }
        Timer timer = new Timer(spec.commandLine().getErr());
        DataArray dem = openWithHalo();
        DataArray t = Terrain.of(dem, p, azimuth, altitude, zFactor);
        timer.lap("open", t.size("y") + " x " + t.size("x") + " px of " + Outputs.metres(dem.georef().transform().resX())
                + ", " + AnalysisInput.describeBounds(t));
        if (!tif && (long) t.size("y") * t.size("x") > MAX_JSON_PIXELS) {
            throw new InvalidArgumentException(output + ": " + t.size("y") + " x " + t.size("x") + " pixels are too "
                    + "many for JSON; write a .tif, or choose a smaller --bbox");
        }
        DataArray figureData;
        try (Engine engine = input.engine.start(timer)) {
            ProgressBars progress = ProgressBars.forTerminal();
            if (tif) {
                TerrainGeoTiff.Written w = TerrainGeoTiff.write(t, p, output, engine, progress, PREVIEW_SIDE);
                timer.lap(p.label(), String.format(Locale.ROOT, "%d band(s), %s, %s", w.bands(), engine.name(),
                        AnalysisInput.io(w.job())));
                figureData = w.preview();
            } else {
                figureData = t.compute(engine, progress);
                timer.lap(p.label(), engine.name() + ", " + AnalysisInput.io(figureData.job()));
                Outputs.write(figureData, output);
            }
        }
        timer.lap("write", output.toString());
        if (figure.plot != null) {
            if (!spec.commandLine().getParseResult().hasMatchedOption("--colormap")) {
                figure.colormap = p == TerrainProduct.HILLSHADE ? "gray" : p == TerrainProduct.ASPECT ? "viridis"
                        : "magma";
            }
            figure.draw(figureData, p.label() + " of " + input.mosaic.title(), figure.plot);
            timer.lap("plot", figure.plot.toString());
        }
        return 0;
    }

    /**
     * The DEM (nodata as NaN), cropped to --bbox but opened one pixel wider, so the tiles just outside the box that
     * hold its edge pixels' neighbours are part of the mosaic.
     */
    private DataArray openWithHalo() {
        double[] box = input.mosaic.box();
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (box == null) {
            return input.open(err, null).array();
        }
        DataArray inBox = input.open(err, box).array();
        double rx = Math.abs(inBox.georef().transform().resX());
        double ry = Math.abs(inBox.georef().transform().resY());
        double[] wider = {box[0] - rx, box[1] - ry, box[2] + rx, box[3] + ry};
        DataArray dem = input.open(new java.io.PrintWriter(java.io.Writer.nullWriter()), wider).array();
        return dem.selBox(box[0], box[1], box[2], box[3]);
    }
}
