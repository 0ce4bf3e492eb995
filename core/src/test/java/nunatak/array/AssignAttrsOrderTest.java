package nunatak.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Attributes come out in one defined order, whatever map they were given in. */
class AssignAttrsOrderTest {
    private static final DataArray A = DataArray.of(Grid.filled(1, 2, Dtype.FLOAT32, 1), new double[] {0},
            new double[] {0, 1});

    @Test
    void keysOfAnUnorderedMapComeSorted() {
        // Map.of iterates in an order that changes from JVM to JVM; with 8 keys it is practically never sorted.
        Map<String, Object> unordered = Map.of("units", "m", "long_name", "elevation", "b", 1, "a", 2, "z", 3, "y", 4,
                "c", 5, "x", 6);
        assertEquals(List.copyOf(new TreeMap<>(unordered).keySet()), List.copyOf(A.assignAttrs(unordered).attrs().keySet()));
    }

    @Test
    void anOrderedMapKeepsItsOrderAfterTheKeysAlreadyThere() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("units", "m");
        ordered.put("long_name", "elevation");
        DataArray a = A.assignAttrs(Map.of("source", "REMA v1")).assignAttrs(ordered)
                .assignAttrs(Map.of("source", "REMA v2"));
        assertEquals(List.of("source", "units", "long_name"), List.copyOf(a.attrs().keySet()));
        assertEquals("REMA v2", a.attrs().get("source"));
    }
}
