package nunatak.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;

/**
 * The options of a command that computes on one layer of a mosaic (profile, points, terrain, zonal): SOURCE or the
 * source options, the mosaic's options, the I/O settings and the engine, declared once.
 */
final class AnalysisSource {
    @Mixin
    SourceArgument argument;

    @Mixin
    MosaicOptions mosaic;

    @Mixin
    SourceOptionsMixin source;

    @Mixin
    EngineOptions engine;

    /** The chosen layer within {@code box} (EPSG:3031 metres, or null for --bbox), nodata as NaN. */
    MosaicOptions.Opened open(PrintWriter err, double[] box) {
        return AnalysisInput.open(argument, mosaic, source, err, box);
    }
}
