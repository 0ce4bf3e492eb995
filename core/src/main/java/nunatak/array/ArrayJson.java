package nunatak.array;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nunatak.BadContentException;
import nunatak.NunatakException;

/**
 * Arrays as JSON: {@code {"name":..,"dtype":..,"dims":[..],"coords":{"y":[..],"x":[..]},"values":..,"attrs":{..}}}
 * with null for NaN. Values are written as the shortest decimal of their float64 value, so a float32 value
 * reads back identical. Auxiliary coordinates (the x, y, lon, lat of a line's stations) follow the dimensions'
 * in coords as arrays; scalar coordinates (the y of a profile) appear there as plain numbers.
 *
 * <pre>{@code
 * ArrayJson.write(dem.coarsen(Map.of("y", 100, "x", 100)).mean().compute(), Path.of("map.json"));
 * DataArray again = ArrayJson.read(Path.of("map.json"));   // the same values, coordinates and attributes
 * }</pre>
 */
public final class ArrayJson {
    private ArrayJson() {
    }

    public static void write(DataArray array, Path file) {
        DataArray a = array.compute();
        // Schubfach double formatting: several times faster than JDK 17's Double.toString, same shortest digits.
        JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
        try (JsonGenerator g = factory.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("name", a.name());
            g.writeStringField("dtype", a.dtype().label());
            g.writeArrayFieldStart("dims");
            for (String d : a.dims()) {
                g.writeString(d);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("coords");
            for (String d : a.dims()) {
                g.writeFieldName(d);
                writeNumbers(g, a.coord(d), 0, a.size(d));
            }
            for (Map.Entry<String, double[]> e : a.auxCoords().entrySet()) {
                g.writeFieldName(e.getKey());
                writeNumbers(g, e.getValue(), 0, e.getValue().length);
            }
            for (Map.Entry<String, Double> e : a.scalarCoords().entrySet()) {
                g.writeFieldName(e.getKey());
                writeNumber(g, e.getValue());
            }
            g.writeEndObject();
            g.writeFieldName("values");
            writeValues(g, a);
            g.writeFieldName("attrs");
            new ObjectMapper().writeValue(g, sanitized(a.attrs()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new NunatakException(file + ": could not write JSON: " + e.getMessage(), e);
        }
    }

    private static void writeValues(JsonGenerator g, DataArray a) throws IOException {
        Grid v = a.values();
        List<String> dims = a.dims();
        boolean integral = a.dtype() == Dtype.INT64 || !a.dtype().isFloating();
        double[] row = new double[v.cols()];
        if (dims.size() == 2) {
            g.writeStartArray();
            for (int r = 0; r < v.rows(); r++) {
                for (int c = 0; c < v.cols(); c++) {
                    row[c] = v.get(r, c);
                }
                writeNumbers(g, row, 0, v.cols(), integral);
            }
            g.writeEndArray();
        } else if (dims.size() == 1) {
            double[] all = new double[v.rows() * v.cols()];
            for (int i = 0; i < all.length; i++) {
                all[i] = v.values().get(i);
            }
            writeNumbers(g, all, 0, all.length, integral);
        } else {
            writeNumber(g, v.values().get(0));
        }
    }

    private static void writeNumbers(JsonGenerator g, double[] v, int from, int to) throws IOException {
        writeNumbers(g, v, from, to, false);
    }

    private static void writeNumbers(JsonGenerator g, double[] v, int from, int to, boolean integral)
            throws IOException {
        g.writeStartArray();
        for (int i = from; i < to; i++) {
            if (integral && Double.isFinite(v[i])) {
                g.writeNumber((long) v[i]);
            } else {
                writeNumber(g, v[i]);
            }
        }
        g.writeEndArray();
    }

    private static void writeNumber(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    /** Attribute values with NaN replaced by null (JSON has no NaN). */
    private static Object sanitized(Object v) {
        if (v instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(sanitized(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, sanitized(x)));
            return out;
        }
        return v;
    }

    /** Reads what {@link #write} wrote (a 1-D or 2-D array), e.g. to plot a saved result. */
    public static DataArray read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build())
                    .readTree(file.toFile());
        } catch (java.io.FileNotFoundException e) {
            throw new nunatak.NotFoundException(file + ": no such file", e);
        } catch (IOException e) {
            throw new BadContentException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        return ArrayJsonReader.fromJson(root, file.toString());
    }
}
