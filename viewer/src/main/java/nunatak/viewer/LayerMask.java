package nunatak.viewer;

import java.util.function.Function;
import nunatak.array.DataArray;

/**
 * What the command line asks to hide in every layer, applied at every level after the nodata mask: e.g.
 * {@code --valid-if 'count>=2'} (another layer of the same level tests each pixel) or {@code --mask-gt 0}.
 *
 * <pre>{@code
 * LayerMask validCount = (layer, others) -> layer.where(others.apply("count").ge(2));
 * }</pre>
 */
@FunctionalInterface
public interface LayerMask {
    LayerMask NONE = (layer, others) -> layer;

    /**
     * @param layer  one level of a layer, nodata as NaN
     * @param others any layer of the source at the same level, by name, nodata as NaN and unmasked
     */
    DataArray apply(DataArray layer, Function<String, DataArray> others);
}
