package nunatak.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;

/**
 * REMA v2 mosaics (2 m, 10 m, 32 m) as catalogs, from the embedded tile index ({@link RemaV2Index}): the tiles,
 * their footprints and the URIs of the chosen layers, without a single request. Tiles are listed cell by cell
 * in the order the rows and columns are given, and within a cell in key order (2 m: the quarters {@code 1_1},
 * {@code 1_2}, {@code 2_1}, {@code 2_2}). A merged tile (PGC's {@code 62_06s}) belongs to the cell it is named
 * after.
 *
 * <pre>{@code
 * TileCatalog c = RemaV2.catalog("10m", List.of(40, 39, 38, 37), List.of(20, 21, 22, 23), null,
 *         List.of("dem", "count"));
 * c.tiles().get(0).assets().get("dem");   // s3://pgc-opendata-dems/rema/mosaics/v2.0/10m/40_20/40_20_10m_v2.0_dem.tif
 * TileCatalog continent = RemaV2.continent("2m", "https://pgc-opendata-dems.s3.us-west-2.amazonaws.com/rema/mosaics/v2.0/",
 *         List.of("dem"));                // 5800 tiles
 * TileCatalog near = RemaV2.covering("32m", Region.ofXy(-950_000, 750_000, -850_000, 850_000), null, null);
 * }</pre>
 */
public final class RemaV2 {
    /** Where PGC publishes REMA v2 (public, us-west-2, anonymous access). */
    public static final String DEFAULT_BASE_URL = "s3://pgc-opendata-dems/rema/mosaics/v2.0/";

    private RemaV2() {
    }

    /**
     * The tiles of the index whose 100 km cell {@code {row}_{col}} is in rows × cols.
     *
     * @param resolution "32m", "10m" or "2m"
     * @param baseUrl    the directory holding {@code 32m/}, {@code 10m/}, {@code 2m/} (a mirror, a local copy, a
     *                   sample written by {@code nunatak sample --product rema-v2}); null for PGC's bucket
     * @param assets     layers by file suffix ({@code dem, mad, count, mindate, maxdate, datamask, browse}); the
     *                   catalog's data type and nodata are the first one's; null or empty for {@code dem}
     */
    public static TileCatalog catalog(String resolution, List<Integer> rows, List<Integer> cols, String baseUrl,
                                      List<String> assets) {
        if (rows == null || rows.isEmpty() || cols == null || cols.isEmpty()) {
            throw new InvalidArgumentException("give at least one REMA row and one column (e.g. rows 40..37, "
                    + "cols 20..23), not " + rows + " x " + cols);
        }
        String res = RemaV2Index.resolution(resolution);
        Map<String, List<RemaV2Tile>> byCell = new LinkedHashMap<>();
        for (RemaV2Tile t : RemaV2Index.tiles(res)) {
            byCell.computeIfAbsent(t.row() + "_" + t.col(), k -> new ArrayList<>()).add(t);
        }
        List<RemaV2Tile> chosen = new ArrayList<>();
        for (int row : rows) {
            for (int col : cols) {
                chosen.addAll(byCell.getOrDefault(row + "_" + col, List.of()));
            }
        }
        String source = "REMA v2 " + res + " rows " + rows + " x cols " + cols;
        return build(source, res, chosen, baseUrl, assets);
    }

    /** Every tile of a resolution: the whole continent (1523 tiles at 32 m and 10 m, 5800 at 2 m). */
    public static TileCatalog continent(String resolution, String baseUrl, List<String> assets) {
        String res = RemaV2Index.resolution(resolution);
        return build("REMA v2 " + res + ", whole continent", res, RemaV2Index.tiles(res), baseUrl, assets);
    }

    /**
     * The tiles of a resolution that may hold part of a region: those whose footprint (buffers included) meets its
     * EPSG:3031 box, in index order.
     */
    public static TileCatalog covering(String resolution, Region region, String baseUrl, List<String> assets) {
        if (region == null || region.xy() == null) {
            throw new InvalidArgumentException("give the region's EPSG:3031 box: the REMA index is placed in EPSG:3031");
        }
        String res = RemaV2Index.resolution(resolution);
        return build("REMA v2 " + res + " tiles meeting " + region.xy(), res,
                RemaV2Index.tiles(res).stream().filter(t -> region.intersectsXy(t.bounds())).toList(), baseUrl, assets);
    }

    private static TileCatalog build(String source, String res, List<RemaV2Tile> tiles, String baseUrl,
                                     List<String> assets) {
        List<RemaV2Layer> layers = layers(res, assets);
        String base = baseUrl == null ? DEFAULT_BASE_URL : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        List<CatalogTile> out = new ArrayList<>(tiles.size());
        for (RemaV2Tile t : tiles) {
            Map<String, String> uris = new LinkedHashMap<>();
            for (RemaV2Layer l : layers) {
                uris.put(l.suffix(), base + t.path(l));
            }
            out.add(CatalogTile.of(t.id(), uris, t.footprint()));
        }
        RemaV2Layer first = layers.get(0);
        Map<String, LayerInfo> info = new LinkedHashMap<>();
        for (RemaV2Layer l : layers) {
            info.put(l.suffix(), new LayerInfo(l.dataType(), l.nodata()));
        }
        return new TileCatalog(source + " under " + base, out, null, first.dataType(), first.nodata(), info);
    }

    private static List<RemaV2Layer> layers(String res, List<String> assets) {
        List<RemaV2Layer> layers = new ArrayList<>();
        for (String a : assets == null || assets.isEmpty() ? List.of("dem") : assets) {
            RemaV2Layer l = RemaV2Layer.parse(a);
            if (l == RemaV2Layer.BROWSE && res.equals("2m")) {
                throw new InvalidArgumentException("the 2m tiles' browse layer is a 10 m hillshade on another grid "
                        + "than the DEM; open it from the 10m product instead");
            }
            if (layers.contains(l)) {
                throw new InvalidArgumentException("layer '" + a + "' is listed twice in " + assets);
            }
            layers.add(l);
        }
        return layers;
    }
}
