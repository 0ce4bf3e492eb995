package nunatak.viewer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import nunatak.NunatakException;
import nunatak.geom.Crs;
import nunatak.geom.GeoFeature;
import nunatak.geom.GeoJsonReader;
import nunatak.geom.Polyline;
import nunatak.array.Zones;

/**
 * The GeoJSON a POST carries (a geometry, a Feature, or a FeatureCollection of one Feature, in EPSG:3031 metres),
 * read by core's {@link GeoJsonReader} as {@code nunatak profile --line FILE} and {@code nunatak zonal --zones FILE}
 * read files. Whatever is wrong with it is the request's fault: a 400 naming the feature and position at fault.
 *
 * <pre>{@code
 * PostedGeoJson body = PostedGeoJson.of(ctx);
 * Polyline line = body.line();
 * }</pre>
 */
final class PostedGeoJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHAT = "the request body";

    private final JsonNode root;
    private final List<GeoFeature> features;

    private PostedGeoJson(JsonNode root, List<GeoFeature> features) {
        this.root = root;
        this.features = features;
    }

    static PostedGeoJson of(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json") && !type.startsWith("application/geo+json")) {
            throw new HttpProblem(415, "send the GeoJSON with Content-Type: application/json (got "
                    + (type.isEmpty() ? "none" : Params.abbreviate(type)) + ")");
        }
        String text = ctx.body();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new HttpProblem(400, "the request body is not JSON: " + e.getOriginalMessage());
        }
        return new PostedGeoJson(root, asRequest(() -> GeoJsonReader.parse(root, WHAT, Crs.EPSG_3031)));
    }

    /** The one LineString (or a MultiLineString of one part). */
    Polyline line() {
        return asRequest(() -> Polyline.of(features, WHAT, false));
    }

    /** The one Polygon or MultiPolygon, holes allowed. */
    Zones zone() {
        if (features.size() != 1) {
            throw new HttpProblem(400, WHAT + " holds " + features.size() + " features; send one Polygon or "
                    + "MultiPolygon (nunatak zonal --zones takes many)");
        }
        return asRequest(() -> Zones.of(features, null, null));
    }

    /** The {@code step} member at the top or in a Feature's properties, or NaN when absent. */
    double step() {
        JsonNode s = root.has("step") ? root.get("step") : root.path("properties").path("step");
        if (s.isMissingNode() || s.isNull()) {
            return Double.NaN;
        }
        if (!s.isNumber()) {
            throw new HttpProblem(400, "step must be a number of metres, got " + Params.abbreviate(s.toString()));
        }
        return s.asDouble();
    }

    private static <T> T asRequest(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (NunatakException e) {
            throw new HttpProblem(400, e.getMessage(), e);
        }
    }
}
