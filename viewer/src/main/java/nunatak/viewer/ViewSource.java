package nunatak.viewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.array.DataArray;
import nunatak.array.OpenOptions;
import nunatak.array.Terrain;
import nunatak.engine.Engine;
import nunatak.mosaic.Mosaic;
import nunatak.mosaic.MosaicSource;

/**
 * Everything {@code nunatak view} serves: the layers of the sources given on the command line, each opened through
 * {@link nunatak.array.Dataset} at every overview level, plus the relief of the first layer ({@code hillshade},
 * gdaldem's). The server reads nothing else, so no request can make it open another file or URL. A layer opens on
 * first use (its catalog and, where needed, tile headers); a source is listed once for all its layers.
 *
 * <pre>{@code
 * MosaicSource stac = new CatalogSources.Stac("https://example.org/rema/mosaics/v2.0/32m.json");
 * ViewSource view = ViewSource.open(stac.describe(), SourceLayers.of(stac, "dem", null, SourceOptions.DEFAULT),
 *         OpenOptions.DEFAULT, LayerMask.NONE, Engine.local());
 * view.layerNames();               // [dem, count, mad, maxdate, mindate, datamask]
 * view.layer("dem").levels();      // full resolution and overviews
 * }</pre>
 */
public final class ViewSource {
    /** The name of the derived relief layer. */
    public static final String HILLSHADE = "hillshade";
    /** gdaldem's default light: from the north-west, 45° above the horizon. */
    static final double AZIMUTH = 315;
    static final double ALTITUDE = 45;

    private final String description;
    private final Map<String, LayerSpec> specs = new LinkedHashMap<>();
    private final Map<MosaicSource, ListedSource> listed = new LinkedHashMap<>();
    private final OpenOptions options;
    private final LayerMask mask;
    private final Engine engine;
    private final Map<String, LayerLevels.Opened> unmasked = new LinkedHashMap<>();
    private final Map<String, ArrayLayer> layers = new LinkedHashMap<>();

    private ViewSource(String description, List<LayerSpec> layers, OpenOptions options, LayerMask mask,
                       Engine engine) {
        this.description = description;
        this.options = options;
        this.mask = mask;
        this.engine = engine;
        Map<MosaicSource, List<String>> assets = new LinkedHashMap<>();
        for (LayerSpec l : layers) {
            if (specs.put(l.name(), l) != null) {
                throw new InvalidArgumentException("two layers are called '" + l.name() + "'; name them: NAME=SOURCE");
            }
            assets.computeIfAbsent(l.source(), s -> new ArrayList<>()).add(l.asset());
        }
        assets.forEach((s, a) -> listed.put(s, new ListedSource(s, a)));
    }

    /**
     * @param layers  the layers, the main one (whose relief is {@code hillshade}) first
     * @param options band, overlap rule, missing tiles, box, chunks and source options of every layer (its level
     *                and assets are the viewer's)
     * @param mask    what to hide in every layer after its nodata
     */
    public static ViewSource open(String description, List<LayerSpec> layers, OpenOptions options, LayerMask mask,
                                  Engine engine) {
        if (layers.isEmpty()) {
            throw new InvalidArgumentException("nothing to view: give a mosaic (--template, --preset, --stac, "
                    + "--stac-api, --vrt, --files or a SOURCE)");
        }
        ViewSource v = new ViewSource(description, layers, options, mask, engine);
        v.checkCrs();
        return v;
    }

    /** What the page's title shows, e.g. the STAC catalog's URL. */
    public String description() {
        return description;
    }

    /** The data layers, the main one first (the derived {@link #HILLSHADE} is not among them). */
    public List<String> layerNames() {
        return List.copyOf(specs.keySet());
    }

    public RasterLayer primary() {
        return layer(layerNames().get(0));
    }

    /** The data layer called {@code name}; an {@link InvalidArgumentException} listing the layers otherwise. */
    public synchronized RasterLayer layer(String name) {
        ArrayLayer l = layers.get(name);
        if (l == null) {
            LayerSpec spec = specs.get(name);
            if (spec == null) {
                throw new InvalidArgumentException("unknown layer '" + name + "'; this source has " + specs.keySet()
                        + " and " + HILLSHADE);
            }
            List<DataArray> levels = new ArrayList<>();
            List<DataArray> raw = unmasked(name);
            for (int level = 0; level < raw.size(); level++) {
                int at = level;
                levels.add(mask.apply(raw.get(level), other -> otherLevel(other, at, name)));
            }
            l = new ArrayLayer(name, LayerKinds.units(name), LayerKinds.longName(name), levels, engine);
            layers.put(name, l);
        }
        return l;
    }

    /** The engine every layer is read on. */
    Engine engine() {
        return engine;
    }

    /** gdaldem's hillshade of the main layer at every level, with heights multiplied by {@code zFactor}. */
    public RasterLayer relief(double zFactor) {
        ArrayLayer dem = (ArrayLayer) primary();
        return dem.derived(HILLSHADE, "", "relief of " + dem.name() + " (gdaldem hillshade, light from the north-west "
                + "at 45°" + (zFactor == 1 ? "" : ", heights ×" + zFactor) + ")",
                a -> Terrain.hillshade(a, AZIMUTH, ALTITUDE, zFactor));
    }

    /**
     * The line that says which tiles of the main layer do not exist (they read as NaN), or null when all do. (The
     * main layer opens if it has not.)
     */
    public String missingWarning() {
        return Mosaic.missingWarning(opened(layerNames().get(0)).full());
    }

    private List<DataArray> unmasked(String name) {
        return opened(name).levels();
    }

    private synchronized LayerLevels.Opened opened(String name) {
        LayerLevels.Opened o = unmasked.get(name);
        if (o == null) {
            LayerSpec spec = specs.get(name);
            o = LayerLevels.open(listed.get(spec.source()), spec.asset(), options);
            unmasked.put(name, o);
        }
        return o;
    }

    private DataArray otherLevel(String other, int level, String of) {
        if (!specs.containsKey(other)) {
            throw new InvalidArgumentException("the mask of layer " + of + " names layer '" + other
                    + "', which this source does not have; it has " + specs.keySet());
        }
        List<DataArray> raw = unmasked(other);
        if (level >= raw.size()) {
            throw new InvalidArgumentException("layer " + of + " is masked by layer " + other + ", which has no "
                    + "overview level " + level + " (it has " + (raw.size() - 1) + ")");
        }
        return raw.get(level);
    }

    private void checkCrs() {
        Integer epsg = unmasked(layerNames().get(0)).get(0).georef().epsg();
        if (epsg != null && epsg != 3031) {
            throw new InvalidArgumentException(description + " is in EPSG:" + epsg + "; the viewer draws maps in "
                    + "EPSG:3031 (Antarctic Polar Stereographic), the CRS of REMA");
        }
    }
}
