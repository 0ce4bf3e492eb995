package nunatak.geom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nunatak.BadContentException;
import nunatak.SourceIOException;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@link PointReader} for a GeoJSON FeatureCollection of Point features, parsed as a stream: one feature at a time
 * is a tree, never the whole file.
 */
final class GeoJsonPointReader extends PointReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonParser parser;
    private final Crs crs;
    private boolean inFeatures;
    private boolean sawFeatures;
    private boolean done;

    GeoJsonPointReader(InputStream in, String source, Crs crs, int batchSize) {
        super(source, batchSize);
        this.crs = crs;
        try {
            this.parser = JSON.getFactory().createParser(in);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notACollection();
            }
        } catch (IOException e) {
            throw parseError(e);
        }
    }

    @Override
    public Format format() {
        return Format.GEOJSON;
    }

    @Override
    public String header() {
        return null;
    }

    @Override
    public Crs crs() {
        return crs;
    }

    @Override
    PointBatch read(long firstRow) {
        List<String> raw = new ArrayList<>();
        double[] xs = new double[batchSize];
        double[] ys = new double[batchSize];
        try {
            while (raw.size() < batchSize && advanceToFeature()) {
                JsonNode f = parser.readValueAsTree();
                long index = firstRow + raw.size();
                Coordinate c = point(f, index);
                xs[raw.size()] = c.x;
                ys[raw.size()] = c.y;
                raw.add(f.toString());
            }
        } catch (IOException e) {
            throw parseError(e);
        }
        if (raw.isEmpty()) {
            return null;
        }
        double[] x = Arrays.copyOf(xs, raw.size());
        double[] y = Arrays.copyOf(ys, raw.size());
        if (firstRow == 0 && !crs.isLonLat()) {
            PointChecks.checkNotLonLat(x, y, source, "CRS EPSG:4326 (--points-crs EPSG:4326)");
        }
        return new PointBatch(firstRow, raw.toArray(String[]::new), x, y);
    }

    /** Moves the parser onto the next feature's START_OBJECT; false when no feature is left. */
    private boolean advanceToFeature() throws IOException {
        while (!done) {
            JsonToken t = parser.nextToken();
            if (inFeatures) {
                if (t == JsonToken.END_ARRAY) {
                    inFeatures = false;
                    continue;
                }
                return true;
            }
            if (t == JsonToken.END_OBJECT || t == null) {
                done = true;
                if (!sawFeatures) {
                    throw notACollection();
                }
                break;
            }
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("features".equals(field)) {
                if (value != JsonToken.START_ARRAY) {
                    throw new BadContentException(source + ": \"features\" must be a list of features");
                }
                inFeatures = true;
                sawFeatures = true;
            } else if ("type".equals(field)) {
                if (!"FeatureCollection".equals(parser.getText())) {
                    throw notACollection();
                }
            } else if ("crs".equals(field)) {
                ObjectNode root = JSON.createObjectNode();
                root.set("crs", parser.readValueAsTree());
                GeoJsonReader.checkCrsMember(root, source, crs);
            } else {
                parser.skipChildren();
            }
        }
        return false;
    }

    private Coordinate point(JsonNode f, long index) {
        String id = f != null && f.hasNonNull("id") ? f.get("id").asText() : null;
        String context = source + ": " + GeoFeature.label((int) Math.min(index, Integer.MAX_VALUE), id);
        if (f == null || !f.isObject() || !"Feature".equals(f.path("type").asText())) {
            throw new BadContentException(context + " is not a GeoJSON Feature (an object with \"type\": "
                    + "\"Feature\")");
        }
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) {
            throw new BadContentException(context + " has no geometry; every point needs one");
        }
        if (!"Point".equals(g.path("type").asText())) {
            throw new BadContentException(context + " is a " + g.path("type").asText("geometry without type")
                    + "; a point file needs Point features (split MultiPoints into one feature per point)");
        }
        return new GeoJsonGeometries(context, crs).position(g.path("coordinates"), "coordinates");
    }

    private BadContentException notACollection() {
        return new BadContentException(source + ": a GeoJSON point file must be a FeatureCollection of Point "
                + "features");
    }

    private BadContentException parseError(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return new BadContentException(source + ": not valid JSON (" + j.getOriginalMessage() + " at line "
                    + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")", e);
        }
        throw new SourceIOException(source + ": read failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new SourceIOException(source + ": close failed: " + e.getMessage(), e);
        }
    }
}
