package nunatak.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nunatak.BadContentException;
import nunatak.UnsupportedFormatException;
import nunatak.tiff.DataType;

/**
 * Turns a STAC item into a tile: the footprint from the projection extension ({@code proj:shape} [h, w],
 * {@code proj:transform} in rasterio's order with 6 or 9 numbers, {@code proj:code} "EPSG:n" or
 * {@code proj:epsg}; {@code proj:bbox} when there is no transform), every GeoTIFF asset in the item's order with
 * its href resolved against the item's own URI, and the data type and nodata of the primary asset from
 * {@code raster:bands}, STAC 1.1 {@code bands} or the asset's own {@code data_type}/{@code nodata}.
 */
final class StacItems {
    /** The primary asset's name when an item has it (PGC's elevation layer). */
    static final String PRIMARY = "dem";

    /** A tile with what pruning and the catalog's data type need. */
    record ItemTile(CatalogTile tile, DataType dataType, Double nodata, Map<String, LayerInfo> layers,
                    double[] xyBounds, double[] lonLatBbox) {
        /**
         * Whether the item may hold part of the region: by its projected bounds when both sides have them (a
         * lon/lat bbox drawn through the corners can be too small near the pole), else by its lon/lat bbox.
         */
        boolean mayIntersect(Region region) {
            return xyBounds != null && region.xy() != null ? region.intersectsXy(xyBounds)
                    : lonLatBbox == null || region.intersectsLonLat(lonLatBbox);
        }
    }

    private StacItems() {
    }

    /**
     * @param base      the URI relative hrefs are resolved against (the item file, or the API page)
     * @param preferS3  take an asset's {@code alternate.s3.href} when it has one (the catalog was read over s3://)
     * @param where     names the item in messages
     */
    static ItemTile read(JsonNode item, URI base, boolean preferS3, String where) {
        String id = item.path("id").asText("");
        if (id.isEmpty()) {
            throw new BadContentException(where + ": the STAC item has no \"id\"");
        }
        String at = where + ", item " + id;
        JsonNode props = item.path("properties");
        Footprint footprint = footprint(props, at);
        Map<String, String> assets = new LinkedHashMap<>();
        Map<String, LayerInfo> layers = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        String primary = null;
        JsonNode primaryNode = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = item.path("assets").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode a = e.getValue();
            if (!isGeoTiff(a)) {
                skipped.add(e.getKey());
                continue;
            }
            if (footprint != null && hasOwnGrid(a) && !footprint.equals(footprint(a, at + ", asset " + e.getKey()))) {
                // A layer on another grid (PGC's 2 m hillshade is 10 m) cannot share the tile's footprint.
                skipped.add(e.getKey());
                continue;
            }
            assets.put(e.getKey(), href(a, base, preferS3, at + ", asset " + e.getKey()));
            layers.put(e.getKey(), new LayerInfo(dataType(band(a, "data_type"), at + ", asset " + e.getKey()),
                    number(band(a, "nodata"), at + ", asset " + e.getKey() + " nodata")));
            boolean better = primary == null || e.getKey().equals(PRIMARY)
                    || (!primary.equals(PRIMARY) && !hasRole(primaryNode, "data") && hasRole(a, "data"));
            if (better) {
                primary = e.getKey();
                primaryNode = a;
            }
        }
        if (assets.isEmpty()) {
            throw new BadContentException(at + ": no GeoTIFF asset (assets " + skipped
                    + "); nunatak reads assets of type image/tiff or with a .tif href");
        }
        Double nodata = number(band(primaryNode, "nodata"), at + ", asset " + primary + " nodata");
        DataType type = dataType(band(primaryNode, "data_type"), at + ", asset " + primary);
        CatalogTile tile = new CatalogTile(id, assets, footprint, 0, 0, null, false, false);
        double[] xy = numbers(props.path("proj:bbox"), 4, at + ": proj:bbox");
        if (xy == null && footprint != null) {
            xy = footprint.bounds();
        }
        return new ItemTile(tile, type, nodata, layers, xy, lonLatBbox(item.path("bbox"), at));
    }

    /**
     * The catalog of the items' tiles: its data type and nodata are the primary assets', which must agree
     * (one mosaic has one sample type).
     */
    static TileCatalog catalog(String source, List<ItemTile> items) {
        DataType type = null;
        Double nodata = null;
        String from = null;
        for (ItemTile t : items) {
            if (t.dataType() == null && t.nodata() == null) {
                continue;
            }
            if (from == null) {
                type = t.dataType();
                nodata = t.nodata();
                from = t.tile().id();
            } else if (!java.util.Objects.equals(type, t.dataType()) || !java.util.Objects.equals(nodata, t.nodata())) {
                throw new BadContentException(source + ": items " + from + " and " + t.tile().id()
                        + " give their primary asset different types or nodata (" + type + ", " + nodata + " vs "
                        + t.dataType() + ", " + t.nodata() + "); one mosaic needs one type: read one collection");
            }
        }
        List<CatalogTile> tiles = items.stream().map(ItemTile::tile).toList();
        Map<String, LayerInfo> layers = new java.util.LinkedHashMap<>();
        for (ItemTile t : items) {
            t.layers().forEach(layers::putIfAbsent);
        }
        return new TileCatalog(source, tiles, null, type, nodata, layers);
    }

    /** The footprint that {@code proj:*} fields of an item's properties (or an asset) give, or null. */
    static Footprint footprint(JsonNode node, String where) {
        double[] shape = numbers(node.path("proj:shape"), 2, where + ": proj:shape");
        if (shape == null) {
            return null;
        }
        int h = (int) shape[0];
        int w = (int) shape[1];
        if (h != shape[0] || w != shape[1] || h < 1 || w < 1) {
            throw new BadContentException(where + ": proj:shape " + node.path("proj:shape")
                    + " must be two positive integers [height, width]");
        }
        JsonNode t = node.path("proj:transform");
        double[] gt;
        if (!t.isMissingNode() && !t.isNull()) {
            double[] a = numbers(t, t.size() == 9 ? 9 : 6, where + ": proj:transform");
            if (a.length == 9 && (a[6] != 0 || a[7] != 0 || a[8] != 1)) {
                throw new BadContentException(where + ": proj:transform " + t
                        + " must be 6 (or 9, ending 0, 0, 1) numbers in rasterio's order [a, b, c, d, e, f]");
            }
            gt = new double[] {a[2], a[0], a[1], a[5], a[3], a[4]};
        } else {
            double[] b = numbers(node.path("proj:bbox"), 4, where + ": proj:bbox");
            if (b == null) {
                return null;
            }
            gt = new double[] {b[0], (b[2] - b[0]) / w, 0, b[3], 0, -(b[3] - b[1]) / h};
        }
        return new Footprint(w, h, gt, epsg(node, where));
    }

    private static Integer epsg(JsonNode node, String where) {
        JsonNode code = node.path("proj:code");
        if (code.isTextual()) {
            String c = code.asText().trim();
            if (c.regionMatches(true, 0, "EPSG:", 0, 5)) {
                try {
                    return Integer.parseInt(c.substring(5).trim());
                } catch (NumberFormatException e) {
                    throw new BadContentException(where + ": proj:code '" + c + "' is not EPSG:<number>", e);
                }
            }
            return null;
        }
        JsonNode epsg = node.path("proj:epsg");
        return epsg.canConvertToInt() && epsg.isIntegralNumber() ? epsg.asInt() : null;
    }

    private static boolean hasOwnGrid(JsonNode asset) {
        return asset.has("proj:shape") && (asset.has("proj:transform") || asset.has("proj:bbox"));
    }

    private static boolean isGeoTiff(JsonNode asset) {
        if (!asset.path("href").isTextual()) {
            return false;
        }
        String type = asset.path("type").asText("").toLowerCase(Locale.ROOT);
        if (!type.isEmpty()) {
            return type.contains("tiff");
        }
        String href = asset.path("href").asText().toLowerCase(Locale.ROOT).replaceAll("[?#].*", "");
        return href.endsWith(".tif") || href.endsWith(".tiff");
    }

    private static boolean hasRole(JsonNode asset, String role) {
        for (JsonNode r : asset.path("roles")) {
            if (role.equals(r.asText())) {
                return true;
            }
        }
        return false;
    }

    private static String href(JsonNode asset, URI base, boolean preferS3, String where) {
        JsonNode s3 = asset.path("alternate").path("s3").path("href");
        String href = preferS3 && s3.isTextual() ? s3.asText() : asset.path("href").asText();
        return CatalogFiles.resolve(base, href, where).toString();
    }

    /** A band field from raster:bands[0], STAC 1.1 bands[0], or the asset itself. */
    private static JsonNode band(JsonNode asset, String field) {
        for (String list : new String[] {"raster:bands", "bands"}) {
            JsonNode v = asset.path(list).path(0).path(field);
            if (!v.isMissingNode() && !v.isNull()) {
                return v;
            }
        }
        return asset.path(field);
    }

    private static DataType dataType(JsonNode v, String where) {
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        try {
            return DataType.parse(v.asText());
        } catch (RuntimeException e) {
            throw new UnsupportedFormatException(where + ": data_type '" + v.asText() + "' cannot be read by "
                    + "nunatak (uint8, int8, uint16, int16, uint32, int32, float32, float64 can)", e);
        }
    }

    /** A number, or STAC's "nan", "inf", "-inf" strings; null when absent. */
    static Double number(JsonNode v, String where) {
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        switch (v.asText().trim().toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new BadContentException(where + ": " + v + " is not a number");
        }
    }

    /** An array of exactly {@code n} numbers, or null when absent; anything else is an error naming it. */
    static double[] numbers(JsonNode v, int n, String where) {
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        boolean ok = v.isArray() && v.size() == n;
        for (int i = 0; ok && i < n; i++) {
            ok = v.get(i).isNumber();
        }
        if (!ok) {
            throw new BadContentException(where + " " + v + " must be an array of " + n + " numbers");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = v.get(i).asDouble();
        }
        return out;
    }

    /** A STAC bbox (4 numbers, or 6 with heights) as (minLon, minLat, maxLon, maxLat), or null. */
    private static double[] lonLatBbox(JsonNode v, String where) {
        double[] b = numbers(v, v.size() == 6 ? 6 : 4, where + ": bbox");
        return b == null || b.length == 4 ? b : new double[] {b[0], b[1], b[3], b[4]};
    }
}
