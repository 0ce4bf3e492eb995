package nunatak.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nunatak.testing.Gdal;
import org.junit.jupiter.api.Test;

/** The lon/lat of EPSG:3031 points and boxes, against pyproj (PROJ) on the same coordinates. */
class PolarStereographicSouthTest {
    private static final double[][] POINTS = {{-1_000_096, 900_096}, {599_904, -2_399_904}, {2_750_100, -2_500_100},
        {-2_700_100, 3_342_100}, {1, 1}, {0, -1_000_000}, {-5, -3_000_000}, {123_456.5, 7_890.25}};
    /** Boxes: ordinary, across the antimeridian (x = 0, y < 0), touching it, holding the pole. */
    private static final double[][] BOXES = {{-1_100_096, 600_000, -700_000, 1_000_096}, {-50_100, -2_000_100, 50_100, -1_899_900},
        {0, -1_200_000, 100_000, -1_100_000}, {-100_000, -1_200_000, 0, -1_100_000}, {-50_000, -50_000, 50_000, 50_000},
        {599_904, -2_449_984, 700_096, -2_399_904}};

    @Test
    void pointsMatchPyproj() {
        StringBuilder py = new StringBuilder("import pyproj\nt = pyproj.Transformer.from_crs(3031, 4326, always_xy=True)\n");
        for (double[] p : POINTS) {
            py.append("print(*t.transform(").append(p[0]).append(", ").append(p[1]).append("))\n");
        }
        String[] lines = Gdal.python(py.toString()).strip().split("\n");
        for (int i = 0; i < POINTS.length; i++) {
            String[] ll = lines[i].split(" ");
            double[] ours = PolarStereographicSouth.toLonLat(POINTS[i][0], POINTS[i][1]);
            assertEquals(Double.parseDouble(ll[0]), ours[0], 1e-9, "lon of point " + i);
            assertEquals(Double.parseDouble(ll[1]), ours[1], 1e-9, "lat of point " + i);
        }
    }

    @Test
    void boxesMatchPyprojsDensifiedBounds() {
        StringBuilder py = new StringBuilder("import pyproj\nt = pyproj.Transformer.from_crs(3031, 4326, always_xy=True)\n");
        for (double[] b : BOXES) {
            py.append("print(*t.transform_bounds(").append(b[0]).append(", ").append(b[1]).append(", ").append(b[2])
                    .append(", ").append(b[3]).append(", densify_pts=5000))\n");
        }
        String[] lines = Gdal.python(py.toString()).strip().split("\n");
        for (int i = 0; i < BOXES.length; i++) {
            List<Double> expected = new ArrayList<>();
            for (String v : lines[i].split(" ")) {
                expected.add(Double.parseDouble(v));
            }
            double[] b = BOXES[i];
            double[] ours = PolarStereographicSouth.lonLatBox(b[0], b[1], b[2], b[3]);
            for (int k = 0; k < 4; k++) {
                // pyproj samples the edges, so its box can only be inside ours, by less than the sampling step;
                // a box that ends on the antimeridian may start at 180 (pyproj) or -180 (ours): the same meridian.
                double e = Math.abs(expected.get(k)) == 180 && Math.abs(ours[k]) == 180 ? ours[k] : expected.get(k);
                assertEquals(e, ours[k], 1e-5, "box " + i + " value " + k + ": " + lines[i]);
            }
        }
    }
}
