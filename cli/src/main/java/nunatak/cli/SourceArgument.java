package nunatak.cli;

import java.util.List;
import java.util.Locale;
import nunatak.InvalidArgumentException;
import picocli.CommandLine.Parameters;

/**
 * The optional SOURCE argument of the analysis commands, a short form of the source options: a tile template
 * (with <code>{i}</code>/<code>{j}</code>, as {@code --template}), a GDAL VRT ({@code .vrt}, as {@code --vrt}), a
 * static STAC catalog ({@code .json}, as {@code --stac}), or GeoTIFF paths, URIs or globs (as {@code --files}).
 */
final class SourceArgument {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "The mosaic: a GeoTIFF (path, URI or glob), a tile template with {i}/{j} (tiles from --rows/--cols), "
                    + "a .vrt or a STAC .json; or give it with --template, --preset, --stac, --stac-api, --vrt or --files.")
    String source;

    /** Sets the option of {@code mosaic} that SOURCE stands for; a second source there is then an error. */
    MosaicOptions applyTo(MosaicOptions mosaic) {
        if (source == null) {
            return mosaic;
        }
        String name = source.toLowerCase(Locale.ROOT);
        if (source.contains("{")) {
            mosaic.template = once(mosaic.template, "--template");
        } else if (name.endsWith(".vrt")) {
            mosaic.vrt = once(mosaic.vrt, "--vrt");
        } else if (name.endsWith(".json")) {
            mosaic.stac = once(mosaic.stac, "--stac");
        } else {
            mosaic.files = List.of(once(mosaic.files == null ? null : String.join(" ", mosaic.files), "--files"));
        }
        return mosaic;
    }

    /** SOURCE, unless the option already names another mosaic (applying SOURCE twice is harmless). */
    private String once(String given, String option) {
        if (given != null && !given.equals(source)) {
            throw new InvalidArgumentException("the mosaic is given twice, as SOURCE (" + source + ") and with "
                    + option + "; keep one");
        }
        return source;
    }
}
