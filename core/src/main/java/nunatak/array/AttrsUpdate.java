package nunatak.array;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the georeferencing attributes true after a view: the {@code transform} and {@code res} of a slice
 * or a coarsened array describe that array, so an exported GeoTIFF lands in the right place. (xarray leaves
 * the original values; here they are updated on purpose.)
 */
final class AttrsUpdate {
    private AttrsUpdate() {
    }

    static Map<String, Object> afterIndex(Map<String, Object> attrs, int axis, IndexMap map) {
        return scaled(attrs, axis, map.start(), map.step());
    }

    static Map<String, Object> afterCoarsen(Map<String, Object> attrs, int factorRows, int factorCols) {
        Map<String, Object> a = scaled(attrs, 0, 0, factorRows);
        return scaled(a, 1, 0, factorCols);
    }

    /** Moves the origin by {@code start} pixels and multiplies the pixel size by {@code step} along an axis. */
    private static Map<String, Object> scaled(Map<String, Object> attrs, int axis, int start, int step) {
        if (!(attrs.get("transform") instanceof List<?> t) || t.size() != 6) {
            return attrs;
        }
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            v[i] = ((Number) t.get(i)).doubleValue();
        }
        if (axis == 1) {
            v[2] += v[0] * start;
            v[0] *= step;
        } else {
            v[5] += v[4] * start;
            v[4] *= step;
        }
        Map<String, Object> out = new LinkedHashMap<>(attrs);
        out.put("transform", List.of(v[0], v[1], v[2], v[3], v[4], v[5]));
        out.put("res", List.of(Math.abs(v[0]), Math.abs(v[4])));
        return out;
    }
}
