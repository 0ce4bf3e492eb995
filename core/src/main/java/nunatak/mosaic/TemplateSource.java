package nunatak.mosaic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.catalog.CatalogTile;
import nunatak.catalog.TileCatalog;
import nunatak.source.SourceOptions;

/**
 * A URI template expanded over REMA grid cells: one tile per cell (four with {@code {sr}}/{@code {sc}}), each with
 * the REMA cell it covers, so that a missing tile keeps its place. Listing reads nothing; opening reads the tiles'
 * headers to place them.
 *
 * <pre>{@code
 * MosaicSource src = TemplateSource.of("root/{i:02d}_{j:02d}/{i:02d}_{j:02d}_32m_v2.0_{asset}.tif", "40:37", "20:23");
 * }</pre>
 */
public record TemplateSource(UriTemplate template, List<Integer> rows, List<Integer> cols) implements MosaicSource {

    public TemplateSource {
        rows = List.copyOf(rows);
        cols = List.copyOf(cols);
    }

    public static TemplateSource of(String template, String rows, String cols) {
        return new TemplateSource(UriTemplate.parse(template), IndexRange.parse(rows).indices(),
                IndexRange.parse(cols).indices());
    }

    /** A template without grid placeholders is one file, placed by its header alone. */
    private Listing single(List<String> assets) {
        Map<String, String> uris = new LinkedHashMap<>();
        boolean hasAsset = template.names().contains("asset");
        for (String a : hasAsset ? assets : List.of("dem")) {
            uris.put(a, template.expand(Map.of("asset", a)));
        }
        String id = template.toString().substring(template.toString().lastIndexOf('/') + 1);
        return new Listing(new TileCatalog(describe(), List.of(CatalogTile.of(id, uris, null)), null, null, null),
                Map.of());
    }

    @Override
    public String describe() {
        return "template " + template;
    }

    @Override
    public Listing list(double[] bbox, List<String> assets, SourceOptions options) {
        List<String> names = template.names();
        if (!names.contains("i") && !names.contains("j")) {
            return single(assets);
        }
        boolean quarters = names.contains("sr") || names.contains("sc");
        boolean hasAsset = names.contains("asset");
        List<String> layers = hasAsset ? assets : List.of("dem");
        List<CatalogTile> tiles = new ArrayList<>();
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (int i : rows) {
            for (int j : cols) {
                for (int[] q : quarters ? new int[][] {{1, 1}, {1, 2}, {2, 1}, {2, 2}} : new int[][] {{0, 0}}) {
                    Map<String, Object> values = new LinkedHashMap<>(Map.of("i", i, "j", j));
                    String id = String.format("%02d_%02d", i, j);
                    double[] cell = RemaGrid.box(i, j);
                    if (quarters) {
                        values.put("sr", q[0]);
                        values.put("sc", q[1]);
                        id += "_" + q[0] + "_" + q[1];
                        double half = RemaGrid.TILE_SIZE / 2;
                        cell = new double[] {cell[0] + (q[1] - 1) * half, cell[1] + (q[0] - 1) * half,
                                cell[0] + q[1] * half, cell[1] + q[0] * half};
                    }
                    if (bbox != null && (cell[2] <= bbox[0] || cell[0] >= bbox[2] || cell[3] <= bbox[1] || cell[1] >= bbox[3])) {
                        continue;
                    }
                    Map<String, String> uris = new LinkedHashMap<>();
                    for (String a : layers) {
                        values.put("asset", a);
                        uris.put(a, template.expand(values));
                    }
                    tiles.add(CatalogTile.of(id, uris, null));
                    cells.put(id, cell);
                }
            }
        }
        return new Listing(new TileCatalog(describe(), tiles, null, null, null), cells);
    }
}
