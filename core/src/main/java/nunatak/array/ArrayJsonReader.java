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
        Dtype dtype = dtype(root.path("dtype").asText("float64"), where);
        Grid grid;
        double[][] axisCoords = new double[2][];
        String[] dimOf = new String[2];
        if (names.size() == 2) {
            dimOf[0] = names.get(0);
            dimOf[1] = names.get(1);
            axisCoords[0] = numbers(coords.get(names.get(0)), -1, where, "coords." + names.get(0));
            axisCoords[1] = numbers(coords.get(names.get(1)), -1, where, "coords." + names.get(1));
            int rows = axisCoords[0].length;
            int cols = axisCoords[1].length;
            if (!values.isArray() || values.size() != rows) {
                throw new BadContentException(where + ": \"values\" has " + values.size() + " rows but "
                        + names.get(0) + " has " + rows + " coordinates");
            }
            grid = Grid.allocate(rows, cols, dtype);
            for (int r = 0; r < rows; r++) {
                double[] row = numbers(values.get(r), cols, where, "values[" + r + "]");
                for (int c = 0; c < cols; c++) {
                    grid.set(r, c, row[c]);
                }
            }
        } else if (names.size() == 1) {
            dimOf[1] = names.get(0);
            axisCoords[1] = numbers(coords.get(names.get(0)), -1, where, "coords." + names.get(0));
            double[] v = numbers(values, axisCoords[1].length, where, "values");
            grid = Grid.allocate(1, v.length, dtype);
            for (int i = 0; i < v.length; i++) {
                grid.set(0, i, v[i]);
            }
        } else {
            throw new BadContentException(where + ": only 1-D and 2-D arrays can be read, this one has dims " + names);
        }
        Map<String, Double> scalars = new LinkedHashMap<>();
        Map<String, double[]> aux = new LinkedHashMap<>();
        int along = axisCoords[1].length;
        coords.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                scalars.put(e.getKey(), e.getValue().asDouble());
            } else if (!names.contains(e.getKey())) {
                aux.put(e.getKey(), numbers(e.getValue(), along, where, "coords." + e.getKey()));
            }
        });
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (root.hasNonNull("attrs")) {
            root.get("attrs").fields().forEachRemaining(e -> attrs.put(e.getKey(), plain(e.getValue())));
        }
        String name = root.hasNonNull("name") ? root.get("name").asText() : null;
        int[][] chunks = {new int[] {grid.rows()}, new int[] {grid.cols()}};
        ArrayParts parts = ArrayParts.of(name, dimOf, axisCoords, scalars, attrs, chunks, new Node.Memory(grid));
        parts.aux = aux;
        return new DataArray(parts);
    }

    private static Dtype dtype(String label, String where) {
        try {
            return Dtype.valueOf(label.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadContentException(where + ": unknown dtype '" + label + "'", e);
        }
    }

    /** An array of numbers (null for NaN) of {@code expected} entries, or any length when negative. */
    private static double[] numbers(JsonNode arr, int expected, String where, String what) {
        if (arr == null || !arr.isArray()) {
            throw new BadContentException(where + ": " + what + " must be an array of numbers (null for NaN)");
        }
        if (expected >= 0 && arr.size() != expected) {
            throw new BadContentException(where + ": " + what + " has " + arr.size() + " entries, expected " + expected);
        }
        double[] out = new double[arr.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode n = arr.get(i);
            if (!n.isNull() && !n.isNumber()) {
                throw new BadContentException(where + ": " + what + "[" + i + "] is " + n + ", not a number or null");
            }
            out[i] = n.isNull() ? Double.NaN : n.asDouble();
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
