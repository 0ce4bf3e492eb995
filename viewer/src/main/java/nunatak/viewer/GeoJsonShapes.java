package nunatak.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nunatak.InvalidArgumentException;

/**
 * Reads the shapes the API is posted: a LineString, or a Polygon / MultiPolygon, given bare, as a Feature, or as
 * a FeatureCollection of one Feature, with coordinates in EPSG:3031 metres. Errors say which member or position
 * is wrong and what is expected.
 *
 * <pre>{@code
 * Polyline line = GeoJsonShapes.line(json.readTree("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1000,0]]}"));
 * }</pre>
 */
final class GeoJsonShapes {
    private GeoJsonShapes() {
    }

    static Polyline line(JsonNode root) {
        JsonNode g = geometry(root, "LineString");
        String type = g.path("type").asText();
        if (!type.equals("LineString")) {
            throw new InvalidArgumentException("expected a GeoJSON LineString (or a Feature holding one), got " + type);
        }
        double[][] pts = positions(g.path("coordinates"), "the LineString's coordinates");
        double[] xs = new double[pts.length];
        double[] ys = new double[pts.length];
        for (int i = 0; i < pts.length; i++) {
            xs[i] = pts[i][0];
            ys[i] = pts[i][1];
        }
        return new Polyline(xs, ys);
    }

    static PolygonArea polygon(JsonNode root) {
        JsonNode g = geometry(root, "Polygon");
        String type = g.path("type").asText();
        List<double[][]> rings = new ArrayList<>();
        if (type.equals("Polygon")) {
            addRings(g.path("coordinates"), "the Polygon's coordinates", rings);
        } else if (type.equals("MultiPolygon")) {
            JsonNode polys = g.path("coordinates");
            if (!polys.isArray() || polys.isEmpty()) {
                throw new InvalidArgumentException("the MultiPolygon's coordinates must be a non-empty array of polygons");
            }
            for (int p = 0; p < polys.size(); p++) {
                addRings(polys.get(p), "polygon " + p + " of the MultiPolygon", rings);
            }
        } else {
            throw new InvalidArgumentException("expected a GeoJSON Polygon or MultiPolygon (or a Feature holding "
                    + "one), got " + type);
        }
        return new PolygonArea(rings);
    }

    /** The {@code step} member at the top or in a Feature's properties, or NaN when absent. */
    static double step(JsonNode root) {
        JsonNode s = root.has("step") ? root.get("step") : root.path("properties").path("step");
        if (s.isMissingNode() || s.isNull()) {
            return Double.NaN;
        }
        if (!s.isNumber()) {
            throw new InvalidArgumentException("step must be a number of metres, got " + s);
        }
        return s.asDouble();
    }

    private static JsonNode geometry(JsonNode root, String expected) {
        if (root == null || !root.isObject()) {
            throw new InvalidArgumentException("the request body must be a GeoJSON object (a " + expected
                    + ", a Feature or a FeatureCollection of one Feature)");
        }
        String type = root.path("type").asText("");
        if (type.equals("FeatureCollection")) {
            JsonNode features = root.path("features");
            if (!features.isArray() || features.size() != 1) {
                throw new InvalidArgumentException("a FeatureCollection here must hold exactly one Feature, it holds "
                        + (features.isArray() ? features.size() : "no features array"));
            }
            return geometry(features.get(0), expected);
        }
        if (type.equals("Feature")) {
            JsonNode g = root.path("geometry");
            if (!g.isObject()) {
                throw new InvalidArgumentException("the Feature has no geometry object");
            }
            return g;
        }
        if (type.isEmpty()) {
            throw new InvalidArgumentException("the GeoJSON object has no \"type\"; expected a " + expected);
        }
        return root;
    }

    private static void addRings(JsonNode node, String what, List<double[][]> rings) {
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidArgumentException(what + " must be a non-empty array of rings");
        }
        for (int r = 0; r < node.size(); r++) {
            rings.add(positions(node.get(r), "ring " + r + " of " + what));
        }
    }

    private static double[][] positions(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new InvalidArgumentException(what + " must be an array of [x, y] positions");
        }
        double[][] out = new double[node.size()][];
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new InvalidArgumentException("position " + i + " of " + what + " must be [x, y] with numbers "
                        + "(EPSG:3031 metres), got " + p);
            }
            out[i] = new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
        }
        return out;
    }
}
