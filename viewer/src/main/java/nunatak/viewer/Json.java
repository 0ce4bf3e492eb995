package nunatak.viewer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON values for the API: NaN becomes null (JSON has no NaN), objects keep their members' order. */
final class Json {
    private Json() {
    }

    static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static List<Double> numbers(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) {
            out.add(number(d));
        }
        return out;
    }

    /** An object from name, value, name, value, ... */
    static Map<String, Object> object(Object... nameValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            m.put((String) nameValues[i], nameValues[i + 1]);
        }
        return m;
    }
}
