package nunatak.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.NunatakException;
import nunatak.catalog.RemaV2Layer;
import nunatak.catalog.RemaV2Tile;
import nunatak.geom.Epsg3031;
import nunatak.geom.LonLat;
import nunatak.geom.PolarBox;

/**
 * Writes a static STAC tree in PGC's layout (pgcdemtools {@code lib/stac.py} and its item view): root catalog
 * {@code pgc-data-stac.json} → collection {@code rema/mosaics/v2.0/{res}.json} (id {@code rema-mosaics-v2.0-{res}})
 * → one catalog per 100 km cell {@code {res}/{row}_{col}.json} → items {@code {res}/{row}_{col}/{item}.json}
 * with the projection extension and one asset per layer. Unlike PGC's tree, every link and href is relative (no
 * {@code self} links, no s3 alternates), so the tree works from file: and from any HTTP server.
 */
final class RemaV2Stac {
    static final String ROOT_FILE = "pgc-data-stac.json";
    static final String VERSION_DIR = "rema/mosaics/v2.0/";
    private static final String COG = "image/tiff; application=geotiff; profile=cloud-optimized";
    /** PGC's order of a REMA item's assets. */
    private static final List<RemaV2Layer> ASSET_ORDER = List.of(RemaV2Layer.BROWSE, RemaV2Layer.DEM,
            RemaV2Layer.COUNT, RemaV2Layer.MAD, RemaV2Layer.MAXDATE, RemaV2Layer.MINDATE, RemaV2Layer.DATAMASK);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The sample's synthetic acquisition span, fixed so reruns write the same files. */
    static final String START = "2009-10-16T00:00:00Z";
    static final String END = "2021-02-28T00:00:00Z";

    private RemaV2Stac() {
    }

    /** Writes the items, cell catalogs and collection of {@code tiles} (one resolution), then the root catalog. */
    static void write(Path root, String res, List<RemaV2Tile> tiles, List<RemaV2Layer> layers) {
        Path version = root.resolve(VERSION_DIR);
        Map<String, List<RemaV2Tile>> cells = new LinkedHashMap<>();
        for (RemaV2Tile t : tiles) {
            cells.computeIfAbsent(t.supertile(), k -> new ArrayList<>()).add(t);
        }
        String collectionId = "rema-mosaics-v2.0-" + res;
        ObjectNode collection = collection(res, collectionId);
        ArrayNode links = (ArrayNode) collection.get("links");
        double[] extent = null;
        for (Map.Entry<String, List<RemaV2Tile>> cell : cells.entrySet()) {
            ObjectNode catalog = cellCatalog(res, collectionId, cell.getKey());
            for (RemaV2Tile t : cell.getValue()) {
                ObjectNode item = item(t, collectionId, layers);
                extent = union(extent, doubles((ArrayNode) item.get("bbox")));
                write(version.resolve(res).resolve(t.supertile()).resolve(t.itemId() + ".json"), item);
                ((ArrayNode) catalog.get("links")).add(link("item", "./" + t.supertile() + "/" + t.itemId() + ".json",
                        "application/geo+json", t.itemId()));
            }
            write(version.resolve(res).resolve(cell.getKey() + ".json"), catalog);
            links.add(link("child", "./" + res + "/" + cell.getKey() + ".json", "application/json",
                    "Tile Catalog " + cell.getKey()));
        }
        ArrayNode bbox = ((ObjectNode) collection.get("extent").get("spatial")).putArray("bbox").addArray();
        for (double v : extent == null ? new double[] {-180, -90, 180, -60} : extent) {
            bbox.add(v);
        }
        write(version.resolve(res + ".json"), collection);
        writeRoot(root);
    }

    private static ObjectNode item(RemaV2Tile t, String collectionId, List<RemaV2Layer> layers) {
        double[] b = t.bounds();
        double[] lonLat = new PolarBox(b[0], b[1], b[2], b[3]).toLonLat().toArray();
        double res = t.pixelSize();
        ObjectNode item = JSON.createObjectNode();
        item.put("type", "Feature").put("stac_version", "1.1.0");
        item.putArray("stac_extensions").add("https://stac-extensions.github.io/projection/v2.0.0/schema.json");
        item.put("id", t.itemId());
        ArrayNode bbox = item.putArray("bbox");
        for (double v : lonLat) {
            bbox.add(v);
        }
        item.put("collection", collectionId);
        ObjectNode p = item.putObject("properties");
        p.put("title", t.itemId()).put("description", "Synthetic REMA-like digital surface model mosaic tile "
                + "written by nunatak sample, in the layout of PGC's REMA v2.0 mosaics.");
        p.put("created", "2022-08-22T00:00:00Z").put("published", "2022-09-01T00:00:00Z");
        p.put("datetime", START).put("start_datetime", START).put("end_datetime", END);
        p.put("constellation", "maxar").put("license", "CC-BY-4.0").put("gsd", res);
        p.put("proj:code", "EPSG:3031");
        p.putArray("proj:shape").add(t.height()).add(t.width());
        ArrayNode transform = p.putArray("proj:transform");
        for (double v : new double[] {res, 0, b[0], 0, -res, b[3], 0, 0, 1}) {
            transform.add(v);
        }
        ArrayNode projBbox = p.putArray("proj:bbox");
        for (double v : b) {
            projBbox.add(v);
        }
        ObjectNode centroid = p.putObject("proj:centroid");
        LonLat c = Epsg3031.toLonLat((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
        centroid.put("lat", c.lat()).put("lon", c.lon());
        p.put("pgc:supertile", t.supertile()).put("pgc:tile", t.id()).put("pgc:release_version", "2.0");
        ArrayNode links = item.putArray("links");
        links.add(link("parent", "../" + t.supertile() + ".json", "application/json", "Tile Catalog " + t.supertile()));
        links.add(link("collection", "../../" + t.resolution() + ".json", "application/json", null));
        links.add(link("root", "../../../../../" + ROOT_FILE, "application/json", "PGC Data Catalog"));
        ObjectNode assets = item.putObject("assets");
        for (RemaV2Layer l : ASSET_ORDER.stream().filter(layers::contains).toList()) {
            ObjectNode a = assets.putObject(l.stacKey());
            a.put("title", l == RemaV2Layer.DEM ? t.resolution() + " DEM" : l.title());
            a.put("href", "./" + t.itemId() + "_" + l.suffix() + ".tif").put("type", COG);
            ArrayNode roles = a.putArray("roles");
            l.roles().forEach(roles::add);
            if (l.unit() != null) {
                a.put("unit", l.unit());
            }
            a.put("nodata", (long) l.nodata()).put("data_type", l.dataType().label());
        }
        item.set("geometry", geometry(lonLat));
        return item;
    }

    /** The lon/lat box as GeoJSON: split in two at the antimeridian when the box crosses it. */
    private static ObjectNode geometry(double[] box) {
        ObjectNode g = JSON.createObjectNode();
        if (box[0] <= box[2]) {
            g.put("type", "Polygon");
            ring(g.putArray("coordinates"), box[0], box[1], box[2], box[3]);
        } else {
            g.put("type", "MultiPolygon");
            ArrayNode polygons = g.putArray("coordinates");
            ring(polygons.addArray(), box[0], box[1], 180, box[3]);
            ring(polygons.addArray(), -180, box[1], box[2], box[3]);
        }
        return g;
    }

    private static void ring(ArrayNode polygon, double w, double s, double e, double n) {
        ArrayNode ring = polygon.addArray();
        double[][] points = {{w, s}, {e, s}, {e, n}, {w, n}, {w, s}};
        for (double[] pt : points) {
            ring.addArray().add(pt[0]).add(pt[1]);
        }
    }

    private static ObjectNode cellCatalog(String res, String collectionId, String cell) {
        ObjectNode c = JSON.createObjectNode();
        c.put("type", "Catalog").put("stac_version", "1.1.0").put("id", collectionId + "-" + cell);
        c.put("title", "Tile Catalog " + cell).put("description", "REMA v2.0 " + res + " mosaic tiles of cell " + cell);
        ArrayNode links = c.putArray("links");
        links.add(link("root", "../../../../" + ROOT_FILE, "application/json", "PGC Data Catalog"));
        links.add(link("parent", "../" + res + ".json", "application/json", null));
        links.add(link("collection", "../" + res + ".json", "application/json", null));
        return c;
    }

    private static ObjectNode collection(String res, String id) {
        ObjectNode c = JSON.createObjectNode();
        c.put("type", "Collection").put("stac_version", "1.1.0").put("id", id);
        c.put("title", "Resolution Collection REMA " + res + " DEM Mosaics, version 2.0");
        c.put("description", "Synthetic REMA-like " + res + " DEM mosaic tiles in the layout of PGC's REMA v2.0.");
        c.put("license", "CC-BY-4.0");
        ArrayNode providers = c.putArray("providers");
        providers.addObject().put("name", "pgc").put("description", "Polar Geospatial Center (layout)")
                .put("url", "https://pgc.umn.edu").putArray("roles").add("processor");
        providers.addObject().put("name", "nunatak").put("description", "synthetic terrain")
                .putArray("roles").add("producer");
        ObjectNode extent = c.putObject("extent");
        extent.putObject("spatial");
        extent.putObject("temporal").putArray("interval").addArray().add(START).add(END);
        ArrayNode links = c.putArray("links");
        links.add(link("root", "../../../" + ROOT_FILE, "application/json", "PGC Data Catalog"));
        links.add(link("parent", "../../../" + ROOT_FILE, "application/json", "PGC Data Catalog"));
        return c;
    }

    /** The root catalog, listing every collection present under {@code root} (one per resolution written). */
    private static void writeRoot(Path root) {
        ObjectNode c = JSON.createObjectNode();
        c.put("type", "Catalog").put("stac_version", "1.1.0").put("id", "pgc-data-stac");
        c.put("title", "PGC Data Catalog").put("description", "Synthetic REMA v2.0 sample in PGC's layout");
        ArrayNode links = c.putArray("links");
        links.add(link("root", "./" + ROOT_FILE, "application/json", "PGC Data Catalog"));
        for (String res : new String[] {"2m", "10m", "32m"}) {
            if (Files.isRegularFile(root.resolve(VERSION_DIR + res + ".json"))) {
                links.add(link("child", "./" + VERSION_DIR + res + ".json", "application/json",
                        "Resolution Collection REMA " + res + " DEM Mosaics, version 2.0"));
            }
        }
        write(root.resolve(ROOT_FILE), c);
    }

    private static ObjectNode link(String rel, String href, String type, String title) {
        ObjectNode l = JSON.createObjectNode().put("rel", rel).put("href", href).put("type", type);
        if (title != null) {
            l.put("title", title);
        }
        return l;
    }

    /** The union of lon/lat boxes; across the antimeridian it widens to all longitudes (never too small). */
    private static double[] union(double[] a, double[] b) {
        if (a == null) {
            return b.clone();
        }
        boolean wraps = a[0] > a[2] || b[0] > b[2];
        return new double[] {wraps ? -180 : Math.min(a[0], b[0]), Math.min(a[1], b[1]),
                wraps ? 180 : Math.max(a[2], b[2]), Math.max(a[3], b[3])};
    }

    private static double[] doubles(ArrayNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    private static void write(Path file, ObjectNode json) {
        try {
            SampleFiles.write(file, JSON.writeValueAsBytes(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new NunatakException("cannot serialise the STAC JSON for " + file + ": " + e.getMessage(), e);
        }
    }
}
