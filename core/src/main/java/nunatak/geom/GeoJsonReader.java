package nunatak.geom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.BadContentException;
import nunatak.InvalidArgumentException;
import nunatak.NotFoundException;
import nunatak.SourceIOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a GeoJSON FeatureCollection, a single Feature or a bare geometry into {@link GeoFeature}s with geometries
 * in EPSG:3031. The caller says which CRS the coordinates are in (GeoJSON's own default is lon/lat; nunatak's
 * inputs are usually EPSG:3031 metres); a legacy {@code "crs"} member that says otherwise is an error, and so are
 * EPSG:3031 coordinates that all look like lon/lat. Errors name the file, the feature (index and id), the path into
 * its coordinates and the fix.
 *
 * <pre>{@code
 * List<GeoFeature> zones = GeoJsonReader.read(Path.of("zones.geojson"), Crs.EPSG_4326);
 * Geometry first = zones.get(0).geometry();   // EPSG:3031 metres
 * }</pre>
 */
public final class GeoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonReader() {
    }

    public static List<GeoFeature> read(Path file, Crs crs) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new NotFoundException(file + ": no such file", e);
        } catch (IOException e) {
            throw new SourceIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString(), crs);
    }

    /** Parses GeoJSON text; {@code source} names it in errors (a file name, "--line"). */
    public static List<GeoFeature> parse(String text, String source, Crs crs) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadContentException(source + ": not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        return parse(root, source, crs);
    }

    /** As {@link #parse(String, String, Crs)}, for GeoJSON already read as a tree (a request's body). */
    public static List<GeoFeature> parse(JsonNode root, String source, Crs crs) {
        if (root == null || !root.isObject() || !root.path("type").isTextual()) {
            throw new BadContentException(source + ": not a GeoJSON object (a FeatureCollection, Feature or "
                    + "geometry with a \"type\")");
        }
        checkCrsMember(root, source, crs);
        String type = root.get("type").asText();
        List<GeoFeature> out = new ArrayList<>();
        if (type.equals("FeatureCollection")) {
            JsonNode features = root.get("features");
            if (features == null || !features.isArray()) {
                throw new BadContentException(source + ": a FeatureCollection needs a \"features\" list");
            }
            for (int i = 0; i < features.size(); i++) {
                out.add(feature(features.get(i), i, source, crs));
            }
        } else if (type.equals("Feature")) {
            out.add(feature(root, 0, source, crs));
        } else {
            Geometry g = new GeoJsonGeometries(source + ": geometry", crs).parse(root);
            out.add(new GeoFeature(0, null, Collections.emptyMap(), g));
        }
        if (crs == Crs.EPSG_3031) {
            checkNotLonLat(out, source);
        }
        return out;
    }

    static GeoFeature feature(JsonNode f, int index, String source, Crs crs) {
        String id = f != null && f.hasNonNull("id") ? f.get("id").asText() : null;
        String context = source + ": " + GeoFeature.label(index, id);
        if (f == null || !f.isObject() || !"Feature".equals(f.path("type").asText())) {
            throw new BadContentException(context + " is not a GeoJSON Feature (an object with \"type\": "
                    + "\"Feature\")");
        }
        JsonNode props = f.get("properties");
        if (props != null && !props.isNull() && !props.isObject()) {
            throw new BadContentException(context + ": \"properties\" must be an object or null");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (props != null && props.isObject()) {
            props.fields().forEachRemaining(e -> properties.put(e.getKey(), JSON.convertValue(e.getValue(),
                    Object.class)));
        }
        Geometry g = new GeoJsonGeometries(context, crs).parse(f.get("geometry"));
        return new GeoFeature(index, id, Collections.unmodifiableMap(properties), g);
    }

    static void checkCrsMember(JsonNode root, String source, Crs crs) {
        JsonNode name = root.path("crs").path("properties").path("name");
        if (!name.isTextual()) {
            return;
        }
        Crs declared;
        try {
            declared = Crs.parse(name.asText());
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException(source + ": its \"crs\" member names " + name.asText() + ", which "
                    + "nunatak does not read; reproject the file to EPSG:3031 or EPSG:4326 first", e);
        }
        if (declared != crs) {
            throw new InvalidArgumentException(source + ": its \"crs\" member says " + declared + " but the "
                    + "coordinates were said to be " + crs + "; give " + declared + " as the CRS of this input");
        }
    }

    /** EPSG:3031 points within 180 m of the pole, everywhere in a file, are lon/lat given without saying so. */
    private static void checkNotLonLat(List<GeoFeature> features, String source) {
        boolean any = false;
        for (GeoFeature f : features) {
            for (Coordinate c : f.geometry().getCoordinates()) {
                if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                    return;
                }
                any = true;
            }
        }
        if (any) {
            throw new InvalidArgumentException(source + ": every coordinate lies within [-180, 180] x [-90, 90], "
                    + "so these look like lon/lat degrees, not EPSG:3031 metres; give EPSG:4326 as the CRS of this "
                    + "input");
        }
    }
}
