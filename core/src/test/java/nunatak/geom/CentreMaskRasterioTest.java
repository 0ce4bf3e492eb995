package nunatak.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nunatak.testing.ReferenceTools;
import nunatak.tiff.Window;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CentreMask} against rasterio's {@code features.geometry_mask(..., all_touched=False)} on the same grid:
 * random polygons with holes, multipolygons with touching and overlapping parts, and grid-aligned shapes whose
 * vertices and horizontal edges lie exactly on pixel centres and edges, with rings in both orientations and
 * starting anywhere. Each mask is computed window by window for several tilings and must equal rasterio's
 * pixel for pixel.
 */
class CentreMaskRasterioTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int W = 160;
    private static final int H = 120;
    private static final String RASTERIO = String.join("\n",
            "import sys, json, numpy as np",
            "from rasterio import features",
            "from rasterio.transform import Affine",
            "ox, res_x, oy, res_y = map(float, sys.argv[3:7]); w, h = int(sys.argv[7]), int(sys.argv[8])",
            "t = Affine(res_x, 0, ox, 0, res_y, oy)",
            "fc = json.load(open(sys.argv[1]))",
            "with open(sys.argv[2], 'wb') as f:",
            "    for feat in fc['features']:",
            "        m = features.geometry_mask([feat['geometry']], (h, w), t, all_touched=False, invert=True)",
            "        f.write(m.astype('u1').tobytes())");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "origin {0}, {1}; pixels {2} x {3} m")
    @CsvSource({"-1000000, 500000, 32, -32", "-812345.7, 1234567.3, 10, -10", "250000, -300000, 8, -12.5"})
    void equalsRasterioGeometryMask(double ox, double oy, double resX, double resY) throws IOException {
        PixelGrid grid = new PixelGrid(ox, oy, resX, resY);
        List<ObjectNode> geometries = shapes(grid, new SplittableRandom(42));
        Path file = dir.resolve("shapes.geojson");
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode feats = fc.putArray("features");
        for (ObjectNode g : geometries) {
            ObjectNode f = feats.addObject().put("type", "Feature");
            f.putObject("properties");
            f.set("geometry", g);
        }
        JSON.writeValue(file.toFile(), fc);
        Path masks = dir.resolve("masks.u1");
        ReferenceTools.python(RASTERIO, file.toString(), masks.toString(), "" + ox, "" + resX, "" + oy, "" + resY,
                "" + W, "" + H);
        byte[] expected = Files.readAllBytes(masks);
        List<GeoFeature> features = GeoJsonReader.read(file, Crs.EPSG_3031);
        assertEquals(geometries.size() * W * H, expected.length);
        int[][] tilings = {{W, H}, {64, 48}, {37, 29}, {1, H}, {W, 1}};
        long inside = 0;
        for (GeoFeature f : features) {
            CentreMask mask = CentreMask.of(f.geometry(), grid);
            for (int[] tile : tilings) {
                for (int r0 = 0; r0 < H; r0 += tile[1]) {
                    for (int c0 = 0; c0 < W; c0 += tile[0]) {
                        Window w = new Window(c0, r0, Math.min(tile[0], W - c0), Math.min(tile[1], H - r0));
                        MaskRuns runs = mask.runs(w);
                        boolean[] got = runs.toBooleans();
                        for (int r = 0; r < w.height(); r++) {
                            for (int c = 0; c < w.width(); c++) {
                                boolean want = expected[f.index() * W * H + (r0 + r) * W + c0 + c] != 0;
                                if (want != got[r * w.width() + c]) {
                                    throw new AssertionError("feature " + f.index() + " " + f.geometry() + ": pixel "
                                            + "row " + (r0 + r) + ", col " + (c0 + c) + " is " + (want ? "" : "not ")
                                            + "inside for rasterio; windows " + tile[0] + " x " + tile[1]);
                                }
                            }
                        }
                        if (tile[0] == W && tile[1] == H) {
                            inside += runs.pixelCount();
                        }
                    }
                }
            }
        }
        assertTrue(inside > 10_000, "the shapes should cover many pixels, covered " + inside);
    }

    /** Random and grid-aligned polygons and multipolygons, as GeoJSON geometries. */
    private static List<ObjectNode> shapes(PixelGrid g, SplittableRandom rnd) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double cx = g.centreX(20 + rnd.nextInt(W - 40));
            double cy = g.centreY(20 + rnd.nextInt(H - 40));
            double radius = (8 + rnd.nextInt(30)) * g.resX();
            List<double[]> shell = star(cx, cy, radius, 5 + rnd.nextInt(20), rnd, rnd.nextBoolean());
            List<List<double[]>> rings = new ArrayList<>(List.of(shell));
            if (i % 2 == 0) {
                rings.add(star(cx, cy, radius * 0.3, 4 + rnd.nextInt(6), rnd, rnd.nextBoolean()));
            }
            out.add(polygon(rings));
        }
        // Grid-aligned: vertices on pixel edges (k) and centres (k + 0.5), horizontal edges on centre lines.
        double[][] offsets = {{0, 0}, {0.5, 0.5}, {0.5, 0}, {0, 0.5}, {0.25, 0.5}};
        for (double[] o : offsets) {
            for (boolean clockwise : new boolean[] {true, false}) {
                List<double[]> rect = rect(g, 10 + o[0], 12 + o[1], 50 + o[0], 40 + o[1], clockwise, 0);
                List<double[]> hole = rect(g, 20 + o[0], 20 + o[1], 30 + o[0], 30 + o[1], !clockwise, 2);
                out.add(polygon(List.of(rect, hole)));
                List<double[]> diamond = List.of(pt(g, 100 + o[0], 10 + o[1]), pt(g, 120 + o[0], 30 + o[1]),
                        pt(g, 100 + o[0], 50 + o[1]), pt(g, 80 + o[0], 30 + o[1]), pt(g, 100 + o[0], 10 + o[1]));
                out.add(polygon(List.of(clockwise ? diamond : reversed(diamond))));
            }
            // Two parts sharing an edge, and two overlapping parts.
            ObjectNode multi = JSON.createObjectNode().put("type", "MultiPolygon");
            ArrayNode parts = multi.putArray("coordinates");
            parts.add(polygon(List.of(rect(g, 60 + o[0], 60 + o[1], 80 + o[0], 90 + o[1], true, 1))).get("coordinates"));
            parts.add(polygon(List.of(rect(g, 80 + o[0], 70 + o[1], 110 + o[0], 80 + o[1], false, 3)))
                    .get("coordinates"));
            parts.add(polygon(List.of(rect(g, 100 + o[0], 65 + o[1], 130 + o[0], 100 + o[1], true, 0)))
                    .get("coordinates"));
            out.add(multi);
        }
        // A shape running off the grid on every side.
        out.add(polygon(List.of(List.of(pt(g, -20, -10), pt(g, W + 15, -5.5), pt(g, W + 30, H + 10),
                pt(g, -7.5, H + 0.5), pt(g, -20, -10)))));
        return out;
    }

    private static List<double[]> star(double cx, double cy, double radius, int n, SplittableRandom rnd,
                                       boolean clockwise) {
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double a = (clockwise ? -1 : 1) * 2 * Math.PI * k / n;
            double r = radius * (0.5 + 0.5 * rnd.nextDouble());
            pts.add(new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a)});
        }
        pts.add(pts.get(0));
        return pts;
    }

    /** A rectangle between pixel coordinates (c0, r0) and (c1, r1), ring rotated to start at vertex {@code start}. */
    private static List<double[]> rect(PixelGrid g, double c0, double r0, double c1, double r1, boolean clockwise,
                                       int start) {
        // Pixel rows grow southwards, so clockwise on the map runs (c0,r0) -> (c1,r0) -> (c1,r1) -> (c0,r1).
        List<double[]> v = new ArrayList<>(List.of(pt(g, c0, r0), pt(g, c1, r0), pt(g, c1, r1), pt(g, c0, r1)));
        if (!clockwise) {
            v = reversed(v);
        }
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ring.add(v.get((start + i) % 4));
        }
        ring.add(ring.get(0));
        return ring;
    }

    private static double[] pt(PixelGrid g, double col, double row) {
        return new double[] {g.originX() + col * g.resX(), g.originY() + row * g.resY()};
    }

    private static List<double[]> reversed(List<double[]> pts) {
        List<double[]> r = new ArrayList<>(pts);
        java.util.Collections.reverse(r);
        return r;
    }

    private static ObjectNode polygon(List<List<double[]>> rings) {
        ObjectNode g = JSON.createObjectNode().put("type", "Polygon");
        ArrayNode c = g.putArray("coordinates");
        for (List<double[]> ring : rings) {
            ArrayNode rn = c.addArray();
            for (double[] p : ring) {
                rn.addArray().add(p[0]).add(p[1]);
            }
        }
        return g;
    }
}
