package nunatak.array;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nunatak.InvalidArgumentException;
import nunatak.catalog.CatalogTile;
import nunatak.mosaic.Listing;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicOpener;
import nunatak.mosaic.MosaicSource;

/**
 * Aligned layers of one mosaic opened together, as xarray's Dataset: REMA v2's {@code dem}, {@code mad},
 * {@code count}, {@code mindate}, ... on one grid, each a lazy {@link DataArray} with the same coordinates, so that
 * one layer can mask another in one pass.
 *
 * <pre>{@code
 * Dataset v2 = Dataset.open(new CatalogSources.Stac("https://pgc-opendata-dems.s3.us-west-2.amazonaws.com/rema/mosaics/v2.0/32m.json"),
 *         OpenOptions.DEFAULT.withBox(-1.1e6, 6e5, -9e5, 8e5));
 * DataArray dem = v2.get("dem").where(v2.get("count").ge(2));
 * }</pre>
 */
public final class Dataset {
    private final String source;
    private final Map<String, DataArray> vars;
    private final Map<String, MosaicLayout> layouts;

    private Dataset(String source, Map<String, DataArray> vars, Map<String, MosaicLayout> layouts) {
        this.source = source;
        this.vars = Collections.unmodifiableMap(vars);
        this.layouts = Collections.unmodifiableMap(layouts);
    }

    /** Every layer of the source's tiles, over all of them. */
    public static Dataset open(MosaicSource source) {
        return open(source, OpenOptions.DEFAULT);
    }

    /** Lists the source's tiles (a catalog request, no tile) and opens each layer lazily. */
    public static Dataset open(MosaicSource source, OpenOptions o) {
        List<String> wanted = o.assets() != null ? o.assets()
                : List.of(o.layer().asset() == null ? "dem" : o.layer().asset());
        Listing listing = source.list(o.box(), wanted, o.layer().options());
        List<String> names = o.assets() != null ? o.assets() : assetsOf(listing);
        Map<String, DataArray> vars = new LinkedHashMap<>();
        Map<String, MosaicLayout> layouts = new LinkedHashMap<>();
        for (String name : names) {
            MosaicLayout layout = MosaicOpener.open(listing.catalog(), o.layer().withAsset(name), listing.cells());
            DataArray a = DataArray.open(layout, o.chunks()).rename(name);
            vars.put(name, o.box() == null ? a : a.selBox(o.box()[0], o.box()[1], o.box()[2], o.box()[3]));
            layouts.put(name, layout);
        }
        return new Dataset(source.describe(), vars, layouts);
    }

    /** Every asset name of the listed tiles, in the order they first appear. */
    private static List<String> assetsOf(Listing listing) {
        Set<String> names = new LinkedHashSet<>();
        for (CatalogTile t : listing.catalog().tiles()) {
            names.addAll(t.assets().keySet());
        }
        return new ArrayList<>(names);
    }

    public List<String> names() {
        return List.copyOf(vars.keySet());
    }

    public DataArray get(String name) {
        DataArray a = vars.get(name);
        if (a == null) {
            throw new InvalidArgumentException(source + " has no layer '" + name + "'; it has " + vars.keySet());
        }
        return a;
    }

    /** The mosaic behind a layer: its grid and tiles (before any box). */
    public MosaicLayout layout(String name) {
        get(name);
        return layouts.get(name);
    }

    /** What was opened, e.g. "STAC catalog https://...". */
    public String source() {
        return source;
    }

    /** The layers, in order. */
    public Map<String, DataArray> variables() {
        return vars;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<nunatak.Dataset> ").append(source).append('\n');
        DataArray first = vars.values().iterator().next();
        sb.append("Dimensions:  (y: ").append(first.size("y")).append(", x: ").append(first.size("x")).append(")\n");
        sb.append("Data variables:\n");
        vars.forEach((k, v) -> sb.append(String.format(java.util.Locale.ROOT, "    %-10s (y, x) %s%n", k, v.dtype())));
        return sb.toString().stripTrailing();
    }
}
