package nunatak.mosaic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.catalog.CatalogTile;
import nunatak.catalog.TileCatalog;

/**
 * A URI template expanded over REMA grid cells: one tile per cell (four with {@code {sr}}/{@code {sc}}), each with
 * the REMA cell it covers, so that a missing tile keeps its place. Nothing is read here.
 *
 * <pre>{@code
 * TemplateCatalog c = TemplateCatalog.of(MosaicSpec.of(template).rows("40:37").cols("20:23"), List.of("dem"));
 * }</pre>
 */
public record TemplateCatalog(TileCatalog catalog, Map<String, double[]> cells) {

    /** The catalog of a template for the given assets (used only when the template has an {@code {asset}} field). */
    public static TemplateCatalog of(MosaicSpec spec, List<String> assets) {
        List<String> names = spec.template().names();
        boolean quarters = names.contains("sr") || names.contains("sc");
        boolean hasAsset = names.contains("asset");
        List<String> layers = hasAsset ? assets : List.of("dem");
        List<CatalogTile> tiles = new ArrayList<>();
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (int i : spec.rows()) {
            for (int j : spec.cols()) {
                for (int[] q : quarters ? new int[][] {{1, 1}, {1, 2}, {2, 1}, {2, 2}} : new int[][] {{0, 0}}) {
                    Map<String, Object> values = new LinkedHashMap<>(Map.of("i", i, "j", j));
                    String id = String.format("%02d_%02d", i, j);
                    double[] cell = {RemaGrid.minX(j), RemaGrid.minY(i), RemaGrid.maxX(j), RemaGrid.maxY(i)};
                    if (quarters) {
                        values.put("sr", q[0]);
                        values.put("sc", q[1]);
                        id += "_" + q[0] + "_" + q[1];
                        double half = RemaGrid.TILE_SIZE / 2;
                        cell = new double[] {cell[0] + (q[1] - 1) * half, cell[1] + (q[0] - 1) * half,
                                cell[0] + q[1] * half, cell[1] + q[0] * half};
                    }
                    Map<String, String> uris = new LinkedHashMap<>();
                    for (String a : layers) {
                        values.put("asset", a);
                        uris.put(a, spec.template().expand(values));
                    }
                    tiles.add(CatalogTile.of(id, uris, null));
                    cells.put(id, cell);
                }
            }
        }
        return new TemplateCatalog(new TileCatalog("template " + spec.template(), tiles, null, null, null), cells);
    }
}
