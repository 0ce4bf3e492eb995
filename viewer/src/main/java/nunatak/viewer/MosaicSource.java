package nunatak.viewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nunatak.InvalidArgumentException;
import nunatak.array.DataArray;
import nunatak.engine.Engine;
import nunatak.mosaic.MosaicSpec;

/**
 * The layers of tile mosaics that share one grid, e.g. REMA's {@code dem}, {@code mad} and {@code count} tiles
 * under one template each. Layers open on first use (their tile headers), so an unused layer costs nothing.
 *
 * <pre>{@code
 * Map<String, MosaicSpec> layers = new LinkedHashMap<>();
 * layers.put("dem", MosaicSpec.of(template).withRows(rows).withCols(cols));
 * layers.putAll(SiblingLayers.find(layers.get("dem")));     // mad, count, ... when they exist
 * ViewSource source = new MosaicSource(template, layers, UnaryOperator.identity(), Engine.local());
 * }</pre>
 */
public final class MosaicSource implements ViewSource {
    private final String description;
    private final Map<String, MosaicLayer> layers = new LinkedHashMap<>();

    /**
     * @param layers the layers by name, the primary first; each is opened at full resolution
     * @param mask   applied to every layer after its nodata mask (the command line's {@code --mask-gt})
     */
    public MosaicSource(String description, Map<String, MosaicSpec> layers, UnaryOperator<DataArray> mask,
                        Engine engine) {
        if (layers.isEmpty()) {
            throw new InvalidArgumentException("nothing to view: give a mosaic (--template T or a SOURCE)");
        }
        this.description = description;
        layers.forEach((name, spec) -> this.layers.put(name, new MosaicLayer(name, spec, mask, engine)));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int epsg() {
        return 3031;
    }

    @Override
    public List<String> layerNames() {
        return List.copyOf(layers.keySet());
    }

    @Override
    public RasterLayer layer(String name) {
        MosaicLayer layer = layers.get(name);
        if (layer == null) {
            throw new InvalidArgumentException("unknown layer '" + name + "'; this source has " + layers.keySet());
        }
        return layer;
    }
}
