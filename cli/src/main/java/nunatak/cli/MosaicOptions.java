package nunatak.cli;

import nunatak.InvalidArgumentException;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.MissingPolicy;
import nunatak.mosaic.Mosaic;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicSpec;
import nunatak.mosaic.Presets;
import nunatak.source.SourceOptions;
import picocli.CommandLine.Option;

/** Which tiles to open and how to mask them, shared by coarsen, profile and demo. */
final class MosaicOptions {
    @Option(names = "--template", paramLabel = "T",
            description = "Tile path or URI with {i}/{j} placeholders, e.g. 'root/{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif'.")
    String template;

    @Option(names = "--preset", paramLabel = "NAME", description = "A published mosaic instead of --template: rema-v1-8m.")
    String preset;

    @Option(names = "--base-url", paramLabel = "URL", description = "Mirror of the preset's files (replaces gs://pangeo-pgc/8m/).")
    String baseUrl;

    @Option(names = "--rows", paramLabel = "FIRST:LAST", defaultValue = "40:37",
            description = "Tile rows, top to bottom (default: ${DEFAULT-VALUE}).")
    String rows;

    @Option(names = "--cols", paramLabel = "FIRST:LAST", defaultValue = "20:23",
            description = "Tile columns, left to right (default: ${DEFAULT-VALUE}).")
    String cols;

    @Option(names = "--chunks", paramLabel = "N", description = "Chunk size in pixels (default: about 128 MiB in whole COG blocks).")
    int chunks;

    @Option(names = "--overview", paramLabel = "N", description = "Read overview level N instead of full resolution (a fast preview).")
    int overview;

    @Option(names = "--on-missing", paramLabel = "nan|error", defaultValue = "nan",
            description = "A tile that does not exist reads as NaN (with a warning) or is an error (default: ${DEFAULT-VALUE}).")
    String onMissing;

    @Option(names = "--mask-gt", paramLabel = "V", description = "Keep values > V, the rest become NaN (the notebook masks with 0).")
    Double maskGt;

    @Option(names = "--mask-nodata", description = "Turn the files' nodata value into NaN.")
    boolean maskNodata;

    MosaicSpec spec(SourceOptions options) {
        String t;
        if (preset != null) {
            t = Presets.template(preset, baseUrl);
        } else if (template != null) {
            t = template;
        } else {
            throw new InvalidArgumentException("give --template T or --preset rema-v1-8m");
        }
        return spec(t, options);
    }

    /** The spec of template {@code t} with these options' rows, columns, overview, chunks and missing policy. */
    MosaicSpec spec(String t, SourceOptions options) {
        MissingPolicy policy = switch (onMissing.toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> MissingPolicy.NAN;
            case "error" -> MissingPolicy.ERROR;
            default -> throw new InvalidArgumentException("--on-missing must be nan or error, not " + onMissing);
        };
        return MosaicSpec.of(t).withRows(IndexRange.parse(rows).indices()).withCols(IndexRange.parse(cols).indices())
                .withOverview(overview).withChunks(chunks).withOnMissing(policy).withOptions(options);
    }

    /** Opens the tiles' headers and warns, on {@code err}, about tiles that do not exist. */
    MosaicLayout open(SourceOptions options, java.io.PrintWriter err) {
        MosaicLayout layout = Mosaic.open(spec(options));
        String warning = Mosaic.missingWarning(layout);
        if (warning != null) {
            err.println("warning: " + warning);
            err.flush();
        }
        return layout;
    }

    DataArray masked(DataArray a) {
        DataArray out = maskNodata ? a.maskNodata() : a;
        return maskGt == null ? out : out.where(Condition.gt(maskGt));
    }
}
