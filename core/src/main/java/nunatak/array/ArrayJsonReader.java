package nunatak.array;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.BadContentException;

/** Parses the JSON layout of {@link ArrayJson} back into an in-memory array. */
final class ArrayJsonReader {
    private ArrayJsonReader() {
    }

    static DataArray fromJson(JsonNode root, String where) {
        JsonNode dims = root.get("dims");
        JsonNode coords = root.get("coords");
        JsonNode values = root.get("values");
        if (dims == null || coords == null || values == null || !dims.isArray()) {
            throw new BadContentException(where + ": expected {\"dims\":[..],\"coords\":{..},\"values\":..}");
        }
        List<String> names = new ArrayList<>();
        dims.forEach(d -> names.add(d.asText()));
        Dtype dtype = root.hasNonNull("dtype") ? Dtype.valueOf(root.get("dtype").asText().toUpperCase()) : Dtype.FLOAT64;
        Grid grid;
        double[][] axisCoords = new double[2][];
        String[] dimOf = new String[2];
        if (names.size() == 2) {
            int rows = values.size();
            int cols = rows == 0 ? 0 : values.get(0).size();
            grid = Grid.allocate(rows, cols, dtype);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    grid.set(r, c, number(values.get(r).get(c)));
                }
            }
            dimOf[0] = names.get(0);
            dimOf[1] = names.get(1);
            axisCoords[0] = numbers(coords.get(names.get(0)), rows, where);
            axisCoords[1] = numbers(coords.get(names.get(1)), cols, where);
        } else if (names.size() == 1) {
            int n = values.size();
            grid = Grid.allocate(1, n, dtype);
            for (int i = 0; i < n; i++) {
                grid.set(0, i, number(values.get(i)));
            }
            dimOf[1] = names.get(0);
            axisCoords[1] = numbers(coords.get(names.get(0)), n, where);
        } else {
            throw new BadContentException(where + ": only 1-D and 2-D arrays can be read, this one has dims " + names);
        }
        Map<String, Double> scalars = new LinkedHashMap<>();
        coords.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                scalars.put(e.getKey(), e.getValue().asDouble());
            }
        });
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (root.hasNonNull("attrs")) {
            root.get("attrs").fields().forEachRemaining(e -> attrs.put(e.getKey(), plain(e.getValue())));
        }
        String name = root.hasNonNull("name") ? root.get("name").asText() : null;
        int[][] chunks = {new int[] {grid.rows()}, new int[] {grid.cols()}};
        return new DataArray(name, dimOf, axisCoords, scalars, attrs, chunks, new Node.Memory(grid));
    }

    private static double number(JsonNode n) {
        return n == null || n.isNull() ? Double.NaN : n.asDouble();
    }

    private static double[] numbers(JsonNode arr, int expected, String where) {
        if (arr == null || !arr.isArray() || arr.size() != expected) {
            throw new BadContentException(where + ": coordinate list does not match the values (" + expected + ")");
        }
        double[] out = new double[expected];
        for (int i = 0; i < expected; i++) {
            out[i] = number(arr.get(i));
        }
        return out;
    }

    private static Object plain(JsonNode v) {
        if (v.isNumber()) {
            return v.isIntegralNumber() ? (Object) v.asLong() : v.asDouble();
        }
        if (v.isArray()) {
            List<Object> out = new ArrayList<>();
            v.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v.isNull() ? null : v.asText();
    }
}
