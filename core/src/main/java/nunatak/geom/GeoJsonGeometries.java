package nunatak.geom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nunatak.BadContentException;
import nunatak.UnsupportedFormatException;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON geometry objects to JTS geometries in EPSG:3031, checking what GeoJSON requires (closed rings of at
 * least four positions, numeric positions at the right depth, holes inside their shell) and projecting lon/lat
 * positions. Errors say where: the caller's context (file and feature), the path into {@code coordinates} and the
 * fix.
 */
final class GeoJsonGeometries {
    static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String TYPES = "Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon";

    private final String context;
    private final Crs crs;

    GeoJsonGeometries(String context, Crs crs) {
        this.context = context;
        this.crs = crs;
    }

    Geometry parse(JsonNode geometry) {
        if (geometry == null || geometry.isNull()) {
            throw bad("has no geometry; give it one or leave the feature out");
        }
        if (!geometry.isObject() || !geometry.path("type").isTextual()) {
            throw bad("geometry is not a GeoJSON geometry object with a \"type\"");
        }
        String type = geometry.get("type").asText();
        if (type.equals("GeometryCollection")) {
            throw new UnsupportedFormatException(context + ": GeometryCollection is not supported; split it into "
                    + "features of type " + TYPES);
        }
        JsonNode c = geometry.get("coordinates");
        if (c == null || c.isNull()) {
            throw bad(type + " has no \"coordinates\"");
        }
        return switch (type) {
            case "Point" -> point(c, "coordinates");
            case "MultiPoint" -> FACTORY.createMultiPoint(list(c, "coordinates", 1, "positions").stream()
                    .map(p -> point(p.node, p.path)).toArray(Point[]::new));
            case "LineString" -> line(c, "coordinates");
            case "MultiLineString" -> FACTORY.createMultiLineString(list(c, "coordinates", 2, "lines").stream()
                    .map(p -> line(p.node, p.path)).toArray(LineString[]::new));
            case "Polygon" -> polygon(c, "coordinates");
            case "MultiPolygon" -> FACTORY.createMultiPolygon(list(c, "coordinates", 3, "polygons").stream()
                    .map(p -> polygon(p.node, p.path)).toArray(Polygon[]::new));
            default -> throw new UnsupportedFormatException(context + ": geometry type \"" + type + "\" is not "
                    + "supported; use " + TYPES);
        };
    }

    /** One position [x, y(, z)] as EPSG:3031 metres. */
    Coordinate position(JsonNode n, String path) {
        if (!n.isArray()) {
            throw bad(path + " should be a position [x, y] but is " + describe(n));
        }
        if (n.size() < 2) {
            throw bad(path + " has " + n.size() + " number(s); a position needs at least two, [x, y]");
        }
        double[] v = new double[2];
        for (int i = 0; i < 2; i++) {
            JsonNode e = n.get(i);
            if (e.isArray()) {
                throw bad(path + " holds a list where a number belongs: a level of brackets too many for this "
                        + "geometry type?");
            }
            if (!e.isNumber() || !Double.isFinite(e.asDouble())) {
                throw bad(path + "[" + i + "] is " + describe(e) + ", not a finite number");
            }
            v[i] = e.asDouble();
        }
        return toPolar(v[0], v[1], path);
    }

    private Coordinate toPolar(double a, double b, String path) {
        if (!crs.isLonLat()) {
            return new Coordinate(a, b);
        }
        if (a < -180 || a > 180 || b < -90 || b > 90) {
            throw bad(path + " = [" + a + ", " + b + "] is not lon/lat (longitude in [-180, 180], latitude in "
                    + "[-90, 90]); if the file is in EPSG:3031 metres, say so instead of EPSG:4326");
        }
        XY p = Epsg3031.toPolar(a, b);
        return new Coordinate(p.x(), p.y());
    }

    private Point point(JsonNode n, String path) {
        return FACTORY.createPoint(position(n, path));
    }

    private LineString line(JsonNode n, String path) {
        Coordinate[] cs = positions(n, path);
        if (cs.length < 2) {
            throw bad(path + " has " + cs.length + " position(s); a LineString needs at least two");
        }
        return FACTORY.createLineString(cs);
    }

    private Polygon polygon(JsonNode n, String path) {
        List<Indexed> rings = list(n, path, 2, "rings");
        if (rings.isEmpty()) {
            return FACTORY.createPolygon();
        }
        LinearRing[] r = new LinearRing[rings.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = ring(rings.get(i).node, rings.get(i).path);
        }
        for (int i = 1; i < r.length; i++) {
            checkInside(r[0], r[i], rings.get(i).path);
        }
        return FACTORY.createPolygon(r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
    }

    private LinearRing ring(JsonNode n, String path) {
        Coordinate[] cs = positions(n, path);
        if (cs.length < 4) {
            throw bad(path + " is a ring of " + cs.length + " position(s); a ring needs at least four, the last "
                    + "repeating the first");
        }
        JsonNode first = n.get(0);
        JsonNode last = n.get(n.size() - 1);
        if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
            throw bad(path + " is not closed: its first position " + first + " differs from its last " + last
                    + "; repeat the first position at the end of the ring");
        }
        cs[cs.length - 1] = cs[0].copy(); // identical after projection too
        return FACTORY.createLinearRing(cs);
    }

    private void checkInside(LinearRing shell, LinearRing hole, String path) {
        for (Coordinate c : hole.getCoordinates()) {
            int where = PointLocation.locateInRing(c, shell.getCoordinates());
            if (where == Location.EXTERIOR) {
                throw bad(path + " is a hole outside its polygon's shell (its position " + c.x + ", " + c.y
                        + " lies outside ring 0); holes must lie inside the first ring: make it a separate polygon "
                        + "or fix the nesting of the brackets");
            }
            if (where == Location.INTERIOR) {
                return;
            }
        }
    }

    private Coordinate[] positions(JsonNode n, String path) {
        List<Indexed> items = list(n, path, 1, "positions");
        Coordinate[] cs = new Coordinate[items.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(items.get(i).node, items.get(i).path);
        }
        return cs;
    }

    /** The elements of an array expected to hold items nested {@code depth} levels above positions. */
    private List<Indexed> list(JsonNode n, String path, int depth, String what) {
        if (!n.isArray()) {
            throw bad(path + " should be a list of " + what + " but is " + describe(n));
        }
        List<Indexed> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            String p = path + "[" + i + "]";
            int d = positionDepth(e);
            if (d < 0) {
                throw bad(p + " should be " + (depth == 1 ? "a position [x, y]" : "a list") + " but is "
                        + describe(e));
            }
            if (d != depth - 1) {
                throw bad(p + " is nested " + (d < depth - 1 ? "too shallow" : "too deep") + " for a list of " + what
                        + ": check the brackets against the geometry type");
            }
            out.add(new Indexed(e, p));
        }
        return out;
    }

    /** 0 for a position [x, y], 1 for a list of positions, ...; -1 for anything else. */
    private static int positionDepth(JsonNode n) {
        if (!n.isArray()) {
            return -1;
        }
        if (n.isEmpty()) {
            return 1; // an empty list of something: let the caller's count check speak
        }
        JsonNode first = n.get(0);
        if (!first.isArray()) {
            return 0;
        }
        int d = positionDepth(first);
        return d < 0 ? -1 : d + 1;
    }

    private static String describe(JsonNode n) {
        String text = n.toString();
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        String kind = n.isTextual() ? "a string" : n.isArray() ? "a list" : n.isObject() ? "an object"
                : n.isNull() ? "null" : n.isBoolean() ? "a boolean" : "a number";
        return kind + " (" + shown + ")";
    }

    private BadContentException bad(String what) {
        return new BadContentException(context + ": " + what);
    }

    private record Indexed(JsonNode node, String path) {
    }
}
