package nunatak.mosaic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.catalog.RemaV2;
import nunatak.source.SourceOptions;

/**
 * A published mosaic by name, its tiles in REMA grid cells: {@code rema-v1-8m} (the notebook's Google Cloud tiles,
 * placed by their headers) or {@code rema-v2-32m}, {@code rema-v2-10m}, {@code rema-v2-2m} (the public AWS bucket,
 * placed by the tile index embedded in nunatak: no request to open). {@code baseUrl} points at a mirror.
 *
 * <pre>{@code
 * MosaicSource v2 = PresetSource.of("rema-v2-32m", "40:37", "20:23", null);
 * }</pre>
 */
public record PresetSource(String name, List<Integer> rows, List<Integer> cols, String baseUrl) implements MosaicSource {
    public static final List<String> NAMES = List.of("rema-v1-8m", "rema-v2-2m", "rema-v2-10m", "rema-v2-32m");

    public PresetSource {
        if (!NAMES.contains(name)) {
            throw new InvalidArgumentException("unknown preset '" + name + "'; known presets: " + NAMES);
        }
        rows = List.copyOf(rows);
        cols = List.copyOf(cols);
    }

    public static PresetSource of(String name, String rows, String cols, String baseUrl) {
        return new PresetSource(name, IndexRange.parse(rows).indices(), IndexRange.parse(cols).indices(), baseUrl);
    }

    @Override
    public Listing list(double[] bbox, List<String> assets, SourceOptions options) {
        if (name.startsWith("rema-v1")) {
            return new TemplateSource(UriTemplate.parse(Presets.template(name, baseUrl)), rows, cols)
                    .list(bbox, assets, options);
        }
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (int i : rows) {
            for (int j : cols) {
                cells.put(String.format("%02d_%02d", i, j), RemaGrid.box(i, j));
            }
        }
        return new Listing(RemaV2.catalog(name.substring("rema-v2-".length()), rows, cols, baseUrl, assets), cells);
    }

    @Override
    public String describe() {
        return "preset " + name + (baseUrl == null ? "" : " at " + baseUrl);
    }
}
