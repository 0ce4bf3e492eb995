package nunatak.array;

import java.io.Serializable;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.mosaic.LayerOptions;

/**
 * How to open a mosaic as arrays: which layers, the band, level, overlap rule and source options of each, the chunk
 * size, and an optional box (EPSG:3031 metres: xmin, ymin, xmax, ymax) that keeps the pixels whose centres lie in
 * it and touches only the tiles that meet it.
 *
 * <pre>{@code
 * OpenOptions o = OpenOptions.DEFAULT.withAssets(List.of("dem", "count")).withBox(-1.1e6, 6e5, -9e5, 8e5);
 * }</pre>
 *
 * @param assets the layers to open, or null for every layer the source lists
 * @param box    null for the whole mosaic
 * @param chunks chunk side in pixels, 0 for the default
 */
public record OpenOptions(LayerOptions layer, List<String> assets, double[] box, int chunks) implements Serializable {

    public static final OpenOptions DEFAULT = new OpenOptions(LayerOptions.DEFAULT, null, null, 0);

    public OpenOptions {
        assets = assets == null ? null : List.copyOf(assets);
        if (box != null && (box.length != 4 || !(box[0] <= box[2]) || !(box[1] <= box[3]))) {
            throw new InvalidArgumentException("a box is xmin,ymin,xmax,ymax with xmin <= xmax and ymin <= ymax");
        }
        box = box == null ? null : box.clone();
        if (chunks < 0) {
            throw new InvalidArgumentException("chunks must be >= 0, got " + chunks);
        }
    }

    public OpenOptions withLayer(LayerOptions v) {
        return new OpenOptions(v, assets, box, chunks);
    }

    public OpenOptions withAssets(List<String> v) {
        return new OpenOptions(layer, v, box, chunks);
    }

    public OpenOptions withBox(double xmin, double ymin, double xmax, double ymax) {
        return new OpenOptions(layer, assets, new double[] {xmin, ymin, xmax, ymax}, chunks);
    }

    public OpenOptions withChunks(int v) {
        return new OpenOptions(layer, assets, box, v);
    }
}
