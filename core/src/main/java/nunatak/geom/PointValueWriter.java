package nunatak.geom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.SourceIOException;

/**
 * Writes a point file back with one more column, {@code value} (empty for NaN; null in GeoJSON), row by row in
 * input order and streaming: a CSV input's records are repeated verbatim with {@code ,value} appended; GeoJSON
 * features get a {@code value} property (GeoJSON output) or become CSV rows of id, coordinates as given, the
 * first feature's properties, value (CSV output).
 *
 * <pre>{@code
 * try (PointReader in = PointReader.open(Path.of("pts.csv"), null, null, 100_000);
 *      PointValueWriter out = PointValueWriter.create(Path.of("out.csv"), in)) {
 *     for (PointBatch b = in.next(); b != null; b = in.next()) {
 *         out.write(b, dem.at(b.x(), b.y(), SamplingMethod.NEAREST).toDoubleArray());
 *     }
 * }
 * }</pre>
 */
public final class PointValueWriter implements AutoCloseable {
    public static final String VALUE_COLUMN = "value";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;
    private final String target;
    private final PointReader.Format inFormat;
    private final PointReader.Format outFormat;
    private final String[] coordinateNames;
    private List<String> propertyNames;
    private boolean idColumn;
    private boolean first = true;

    private PointValueWriter(Writer out, String target, PointReader in, PointReader.Format outFormat) {
        this.out = out;
        this.target = target;
        this.inFormat = in.format();
        this.outFormat = outFormat;
        this.coordinateNames = in.crs().isLonLat() ? new String[] {"lon", "lat"} : new String[] {"x", "y"};
        if (inFormat == PointReader.Format.CSV && outFormat == PointReader.Format.GEOJSON) {
            throw new InvalidArgumentException(target + ": a CSV input is written back as CSV; name the output "
                    + "*.csv");
        }
        if (inFormat == PointReader.Format.CSV) {
            if (CsvText.fields(in.header()).contains(VALUE_COLUMN)) {
                throw new InvalidArgumentException(in.source() + " already has a column \"" + VALUE_COLUMN + "\"; "
                        + "rename it so the sampled values can be added");
            }
            line(in.header() + "," + VALUE_COLUMN);
        } else if (outFormat == PointReader.Format.GEOJSON) {
            write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        }
    }

    /** A writer to {@code file}, CSV or GeoJSON by its extension. */
    public static PointValueWriter create(Path file, PointReader in) {
        try {
            return create(Files.newOutputStream(file), file.toString(), in, PointReader.formatOf(file));
        } catch (IOException e) {
            throw new SourceIOException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    public static PointValueWriter create(OutputStream stream, String target, PointReader in,
                                          PointReader.Format outFormat) {
        Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        return new PointValueWriter(w, target, in, outFormat);
    }

    /** Writes a batch's rows with their values (same order and count). */
    public void write(PointBatch batch, double[] values) {
        if (values.length != batch.size()) {
            throw new InvalidArgumentException(values.length + " values for a batch of " + batch.size() + " rows");
        }
        for (int i = 0; i < batch.size(); i++) {
            if (inFormat == PointReader.Format.CSV) {
                line(batch.raw()[i] + "," + ValueText.of(values[i]));
            } else if (outFormat == PointReader.Format.GEOJSON) {
                featureWithValue(batch.raw()[i], values[i]);
            } else {
                featureAsCsv(batch.raw()[i], values[i], batch.firstRow() + i);
            }
        }
    }

    private void featureWithValue(String raw, double value) {
        ObjectNode f = (ObjectNode) tree(raw);
        JsonNode props = f.get("properties");
        ObjectNode p = props instanceof ObjectNode o ? o : f.putObject("properties");
        if (Double.isNaN(value)) {
            p.putNull(VALUE_COLUMN);
        } else {
            p.put(VALUE_COLUMN, new java.math.BigDecimal(ValueText.of(value)));
        }
        write((first ? "" : ",\n") + f);
        first = false;
    }

    private void featureAsCsv(String raw, double value, long row) {
        JsonNode f = tree(raw);
        JsonNode props = f.path("properties");
        if (propertyNames == null) {
            propertyNames = new ArrayList<>();
            props.fieldNames().forEachRemaining(propertyNames::add);
            idColumn = f.hasNonNull("id");
            List<String> header = new ArrayList<>();
            if (idColumn) {
                header.add("id");
            }
            header.addAll(List.of(coordinateNames));
            header.addAll(propertyNames);
            header.add(VALUE_COLUMN);
            line(CsvText.record(header));
        }
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!propertyNames.contains(name)) {
                throw new InvalidArgumentException(target + ": feature " + row + " has a property \"" + name + "\" "
                        + "that the first feature lacks, so it has no CSV column; write GeoJSON output instead "
                        + "(-o *.geojson)");
            }
        }
        List<String> fields = new ArrayList<>();
        if (idColumn) {
            fields.add(f.path("id").asText(""));
        }
        JsonNode c = f.path("geometry").path("coordinates");
        fields.add(c.get(0).asText());
        fields.add(c.get(1).asText());
        for (String name : propertyNames) {
            JsonNode v = props.get(name);
            fields.add(v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
        }
        fields.add(ValueText.of(value));
        line(CsvText.record(fields));
    }

    private static JsonNode tree(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feature the reader produced does not parse", e);
        }
    }

    private void line(String s) {
        write(s);
        write("\n");
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new SourceIOException(target + ": write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (inFormat == PointReader.Format.GEOJSON && outFormat == PointReader.Format.GEOJSON) {
            write("\n]}\n");
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new SourceIOException(target + ": write failed: " + e.getMessage(), e);
        }
    }
}
