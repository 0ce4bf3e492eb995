package nunatak.array;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nunatak.engine.JobStats;

/** The parts of a {@link DataArray}, copied and changed by each operation, then frozen into a new array. */
final class ArrayParts {
    String name;
    String[] dimOf;
    double[][] coordOf;
    Map<String, Double> scalars;
    Map<String, double[]> aux;
    Georef georef;
    Map<String, Object> attrs;
    int[][] chunks;
    Node node;
    JobStats job;

    static ArrayParts of(String name, String[] dimOf, double[][] coordOf, Map<String, Double> scalars,
                         Map<String, Object> attrs, int[][] chunks, Node node) {
        ArrayParts p = new ArrayParts();
        p.name = name;
        p.dimOf = dimOf.clone();
        p.coordOf = coordOf.clone();
        p.scalars = new LinkedHashMap<>(scalars);
        p.aux = new LinkedHashMap<>();
        Map<String, Object> own = new LinkedHashMap<>(attrs);
        p.georef = Georef.fromAttrs(own);
        Georef.KEYS.forEach(own::remove);
        p.attrs = own;
        p.chunks = chunks.clone();
        p.node = node;
        return p;
    }

    ArrayParts copy() {
        ArrayParts p = new ArrayParts();
        p.name = name;
        p.dimOf = dimOf.clone();
        p.coordOf = coordOf.clone();
        p.scalars = new LinkedHashMap<>(scalars);
        p.aux = new LinkedHashMap<>(aux);
        p.georef = georef;
        p.attrs = new LinkedHashMap<>(attrs);
        p.chunks = chunks.clone();
        p.node = node;
        p.job = null; // a derived array is not what that job computed
        return p;
    }

    ArrayParts freeze() {
        scalars = Collections.unmodifiableMap(scalars);
        aux = Collections.unmodifiableMap(aux);
        attrs = Collections.unmodifiableMap(attrs);
        return this;
    }
}
