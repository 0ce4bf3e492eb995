package nunatak.mosaic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Opens a template mosaic: expands the template over its grid cells, reads every tile's header at once (one
 * request each) and places the tiles by their georeferencing. No pixels are read. A tile that does not exist keeps
 * its cell as NaN (or is an error with {@link MissingPolicy#ERROR}).
 *
 * <pre>{@code
 * MosaicLayout m = Mosaic.open(MosaicSpec.of(Presets.template("rema-v1-8m", null)).rows("40:37").cols("20:23"));
 * m.rows(); // 50000
 * }</pre>
 */
public final class Mosaic {
    private Mosaic() {
    }

    public static MosaicLayout open(MosaicSpec spec) {
        String asset = spec.layer().asset() == null ? "dem" : spec.layer().asset();
        Listing c = new TemplateSource(spec.template(), spec.rows(), spec.cols()).list(null, List.of(asset),
                spec.options());
        return MosaicOpener.open(c.catalog(), spec.layer().withAsset(asset), c.cells());
    }

    /** The one warning that lists every missing tile, or null when none is missing. */
    public static String missingWarning(MosaicLayout layout) {
        List<MosaicTile> missing = layout.missing();
        if (missing.isEmpty()) {
            return null;
        }
        return missing.size() + " of " + layout.tiles().size() + " tiles do not exist and are read as NaN: "
                + missing.stream().map(t -> t.id() + " (" + t.uri() + ")").collect(Collectors.joining(", "));
    }

    /** Names of the missing tiles, e.g. "38_21". */
    public static String describeMissing(MosaicLayout layout) {
        return layout.missing().stream().map(MosaicTile::id).collect(Collectors.joining(", "));
    }
}
