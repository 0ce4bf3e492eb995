package nunatak.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nunatak.InvalidArgumentException;
import nunatak.array.Condition;
import nunatak.array.DataArray;
import nunatak.array.Dataset;
import nunatak.array.OpenOptions;
import nunatak.geom.Crs;
import nunatak.geom.LonLatBox;
import nunatak.geom.PolarBox;
import nunatak.mosaic.CatalogSources;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.LayerOptions;
import nunatak.mosaic.MissingPolicy;
import nunatak.mosaic.MosaicSource;
import nunatak.mosaic.OverlapRule;
import nunatak.mosaic.PresetSource;
import nunatak.mosaic.TemplateSource;
import nunatak.mosaic.UriTemplate;
import nunatak.source.SourceOptions;
import picocli.CommandLine.Option;

/**
 * Which mosaic a command opens, shared by every command that reads one: the source (a template, a preset, a static
 * STAC catalog, a STAC API, a VRT, files), the layer, band and level, the overlap rule, a box, and masks.
 */
final class MosaicOptions {
    @Option(names = "--template", paramLabel = "T",
            description = "Tiles by a path or URI template over REMA's grid cells: {i}/{j} (row, column), optionally "
                    + "{asset} and {sr}/{sc} (2 m quarters), e.g. 'root/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_v2.0_{asset}.tif'.")
    String template;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "A published mosaic: rema-v1-8m (Google Cloud), rema-v2-32m, rema-v2-10m, rema-v2-2m (AWS, public).")
    String preset;

    @Option(names = "--stac", paramLabel = "URL", description = "A static STAC catalog, collection or item (PGC's layout).")
    String stac;

    @Option(names = "--stac-api", paramLabel = "URL", description = "A STAC API to search (with --collection).")
    String stacApi;

    @Option(names = "--collection", paramLabel = "NAME", description = "The STAC API collection, e.g. rema-mosaics-v2.0-32m.")
    String collection;

    @Option(names = "--vrt", paramLabel = "URL", description = "A GDAL VRT mosaic.")
    String vrt;

    @Option(names = "--files", paramLabel = "URI", arity = "1..*",
            description = "Tiles as files (URIs, or local paths and globs such as 'tiles/*.tif'), placed by their headers.")
    List<String> files;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "A mirror of the preset's files (replaces gs://pangeo-pgc/8m/ or s3://pgc-opendata-dems/rema/mosaics/v2.0/).")
    String baseUrl;

    @Option(names = "--rows", paramLabel = "FIRST:LAST", defaultValue = "40:37",
            description = "Tile rows of a template or preset, top to bottom (default: ${DEFAULT-VALUE}).")
    String rows;

    @Option(names = "--cols", paramLabel = "FIRST:LAST", defaultValue = "20:23",
            description = "Tile columns of a template or preset, left to right (default: ${DEFAULT-VALUE}).")
    String cols;

    @Option(names = "--asset", paramLabel = "NAME", defaultValue = "dem",
            description = "The layer: dem, mad, count, mindate, maxdate, datamask, ... (default: ${DEFAULT-VALUE}).")
    String asset;

    @Option(names = "--band", paramLabel = "N", defaultValue = "1", description = "The band, from 1 (default: ${DEFAULT-VALUE}).")
    int band;

    @Option(names = "--overlap", paramLabel = "first|last", defaultValue = "last",
            description = "Which tile wins where tiles overlap: last (GDAL VRT's rule) or first (default: ${DEFAULT-VALUE}).")
    String overlap;

    @Option(names = "--bbox", paramLabel = "XMIN,YMIN,XMAX,YMAX",
            description = "Keep the pixels whose centres lie in this box (EPSG:3031 metres, or --bbox-crs); only tiles meeting it are read.")
    String bbox;

    @Option(names = "--bbox-crs", paramLabel = "CRS", defaultValue = "EPSG:3031",
            description = "CRS of --bbox: EPSG:3031 or EPSG:4326 (lon/lat; the box of its projected outline) (default: ${DEFAULT-VALUE}).")
    String bboxCrs;

    @Option(names = "--chunks", paramLabel = "N", description = "Chunk size in pixels (default: about 128 MiB in whole COG blocks).")
    int chunks;

    @Option(names = "--overview", paramLabel = "N", description = "Read overview level N instead of full resolution (a fast preview).")
    int overview;

    @Option(names = "--on-missing", paramLabel = "nan|error", defaultValue = "nan",
            description = "A tile that does not exist reads as NaN (with a warning) or is an error (default: ${DEFAULT-VALUE}).")
    String onMissing;

    @Option(names = "--valid-if", paramLabel = "LAYER OP VALUE",
            description = "Keep pixels where another layer passes a test, e.g. 'count>=2' (ops: > >= < <= == !=).")
    String validIf;

    @Option(names = "--use-mask", description = "Pixels the tiles' internal masks mark invalid read as NaN.")
    boolean useMask;

    @Option(names = "--mask-gt", paramLabel = "V", description = "Keep values > V, the rest become NaN (the notebook masks with 0).")
    Double maskGt;

    @Option(names = "--mask-nodata", description = "Turn the files' nodata value into NaN.")
    boolean maskNodata;

    /** Whether the options name a source at all (a command may take one from its arguments instead). */
    boolean namesSource() {
        return !given().isEmpty();
    }

    /** The source the options name; exactly one must be given. */
    MosaicSource source() {
        List<MosaicSource> given = given();
        if (given.size() != 1) {
            throw new InvalidArgumentException(given.isEmpty()
                    ? "give a mosaic: --template T, --preset NAME, --stac URL, --stac-api URL --collection NAME, --vrt URL or --files URI..."
                    : "give one mosaic source, not " + given.size() + " (--template, --preset, --stac, --stac-api, --vrt, --files)");
        }
        return given.get(0);
    }

    private List<MosaicSource> given() {
        List<MosaicSource> given = new ArrayList<>();
        if (template != null) {
            given.add(new TemplateSource(UriTemplate.parse(template), IndexRange.parse(rows).indices(),
                    IndexRange.parse(cols).indices()));
        }
        if (preset != null) {
            given.add(new PresetSource(preset, IndexRange.parse(rows).indices(), IndexRange.parse(cols).indices(), baseUrl));
        }
        if (stac != null) {
            given.add(new CatalogSources.Stac(stac));
        }
        if (stacApi != null) {
            if (collection == null) {
                throw new InvalidArgumentException("--stac-api needs --collection, e.g. rema-mosaics-v2.0-32m");
            }
            given.add(new CatalogSources.StacApi(stacApi, collection));
        }
        if (vrt != null) {
            given.add(new CatalogSources.Vrt(vrt, band));
        }
        if (files != null && !files.isEmpty()) {
            given.add(new CatalogSources.Files(files));
        }
        return given;
    }

    /** The layer options for overview level {@code level}. */
    LayerOptions layer(SourceOptions options, int level) {
        MissingPolicy policy = switch (onMissing.toLowerCase(java.util.Locale.ROOT)) {
            case "nan" -> MissingPolicy.NAN;
            case "error" -> MissingPolicy.ERROR;
            default -> throw new InvalidArgumentException("--on-missing must be nan or error, not " + onMissing);
        };
        // A VRT's band picks its sources, whose files are read at their band 1.
        int fileBand = vrt != null ? 1 : band;
        return LayerOptions.DEFAULT.withAsset(asset).withBand(fileBand).withLevel(level)
                .withOverlap(OverlapRule.parse(overlap)).withOnMissing(policy).withOptions(options).withUseMask(useMask);
    }

    /** The box in EPSG:3031 metres, or null. */
    double[] box() {
        if (bbox == null) {
            return null;
        }
        String[] p = bbox.split(",");
        if (p.length != 4) {
            throw new InvalidArgumentException("--bbox must be XMIN,YMIN,XMAX,YMAX, got '" + bbox + "'");
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(p[i].trim());
            }
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("--bbox must be four numbers XMIN,YMIN,XMAX,YMAX, got '" + bbox + "'");
        }
        if (!Crs.parse(bboxCrs).isLonLat()) {
            return v;
        }
        PolarBox b = new LonLatBox(v[0], v[1], v[2], v[3]).toPolar();
        return new double[] {b.minX(), b.minY(), b.maxX(), b.maxY()};
    }

    /** What {@link #open} opens: the layer, and the one --valid-if tests. */
    OpenOptions openOptions(SourceOptions options, int level) {
        return openOptions(options, level, box());
    }

    private OpenOptions openOptions(SourceOptions options, int level, double[] box) {
        List<String> assets = new ArrayList<>(List.of(asset));
        ValidIf v = validIf == null ? null : ValidIf.parse(validIf);
        if (v != null && !assets.contains(v.layer())) {
            assets.add(v.layer());
        }
        return new OpenOptions(layer(options, level), assets, box, chunks);
    }

    /** Opens the mosaic (catalog reads and, where needed, tile headers; no pixels). */
    Opened open(SourceOptions options, PrintWriter err) {
        return open(options, err, overview);
    }

    Opened open(SourceOptions options, PrintWriter err, int level) {
        return open(options, err, level, box());
    }

    /** Opens the mosaic within {@code box} (EPSG:3031 metres; null for all of it) instead of --bbox. */
    Opened open(SourceOptions options, PrintWriter err, int level, double[] box) {
        MosaicSource src = source();
        Dataset ds = Dataset.open(src, openOptions(options, level, box));
        DataArray a = masked(ds.get(asset), ds::get, maskNodata);
        String warning = MissingTiles.warning(ds);
        if (warning != null) {
            err.println("warning: " + warning);
            err.flush();
        }
        return new Opened(src, ds, a.rename(null)); // outputs call the values "value", whatever the layer
    }

    /**
     * The masks these options ask for, on a layer: --valid-if (testing another layer, as {@code layers} gives it),
     * the files' nodata when {@code nodata}, --mask-gt.
     */
    DataArray masked(DataArray layer, Function<String, DataArray> layers, boolean nodata) {
        DataArray a = layer;
        if (validIf != null) {
            ValidIf v = ValidIf.parse(validIf);
            a = a.where(layers.apply(v.layer()).test(v.condition()));
        }
        if (nodata) {
            a = a.maskNodata();
        }
        return maskGt == null ? a : a.where(Condition.gt(maskGt));
    }

    /** A short title for figures: the source and, for templates and presets, the tiles. */
    String title() {
        String what = preset != null ? preset : stac != null ? "STAC" : stacApi != null ? collection
                : vrt != null ? "VRT" : files != null ? files.size() + " files" : "tiles";
        return template != null || preset != null ? what + " " + rows + " x " + cols : what;
    }

    /** An opened mosaic: its source, its layers, and the chosen layer masked as asked. */
    record Opened(MosaicSource source, Dataset dataset, DataArray array) {
    }
}
