package nunatak.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nunatak.InvalidArgumentException;
import nunatak.testing.ReferenceTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Epsg3031} and {@link BoxProjection} against PROJ through pyproj: a dense lon/lat grid from 60°S to the
 * pole at every longitude, and an EPSG:3031 grid over the whole of Antarctica, both directions within 1 mm (in
 * practice nanometres); boxes equal to pyproj's densified {@code transform_bounds} or holding it.
 */
class Epsg3031Test {
    private static final String PYPROJ = String.join("\n",
            "import sys, numpy as np",
            "from pyproj import Transformer",
            "P = '" + Epsg3031.PROJ + "'",
            "fwd = Transformer.from_crs('EPSG:4326', P, always_xy=True)",
            "inv = Transformer.from_crs(P, 'EPSG:4326', always_xy=True)",
            "lon, lat = np.meshgrid(np.linspace(-180, 180, 721), np.linspace(-60, -90, 301))",
            "x, y = fwd.transform(lon.ravel(), lat.ravel())",
            "np.stack([lon.ravel(), lat.ravel(), x, y], 1).astype('<f8').tofile(sys.argv[1])",
            "gx, gy = np.meshgrid(np.arange(-3.4e6, 3.4e6 + 1, 20000.0), np.arange(-3.4e6, 3.4e6 + 1, 20000.0))",
            "lo, la = inv.transform(gx.ravel(), gy.ravel())",
            "np.stack([gx.ravel(), gy.ravel(), lo, la], 1).astype('<f8').tofile(sys.argv[2])");

    @TempDir
    Path dir;

    @Test
    void agreesWithPyprojWithinAMillimetre() {
        Path fwd = dir.resolve("fwd.f64");
        Path inv = dir.resolve("inv.f64");
        ReferenceTools.python(PYPROJ, fwd.toString(), inv.toString());
        double[] f = ReferenceTools.readDoubles(fwd);
        int n = f.length / 4;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = f[4 * i];
            ys[i] = f[4 * i + 1];
        }
        Epsg3031.toPolarInPlace(xs, ys);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.hypot(xs[i] - f[4 * i + 2], ys[i] - f[4 * i + 3]));
            XY single = Epsg3031.toPolar(f[4 * i], f[4 * i + 1]);
            assertEquals(xs[i], single.x());
            assertEquals(ys[i], single.y());
        }
        assertTrue(worst < 1e-3, "forward: worst distance to pyproj " + worst + " m");

        double[] g = ReferenceTools.readDoubles(inv);
        int m = g.length / 4;
        double worstGround = 0;
        for (int i = 0; i < m; i++) {
            LonLat p = Epsg3031.toLonLat(g[4 * i], g[4 * i + 1]);
            // Compare on the ground: longitude is arbitrary at the pole, so weigh it by the parallel's radius.
            double dLon = p.lon() - g[4 * i + 2];
            dLon -= 360 * Math.rint(dLon / 360);
            double metres = Math.hypot((p.lat() - g[4 * i + 3]) * 111_320,
                    dLon * 111_320 * Math.cos(Math.toRadians(g[4 * i + 3])));
            worstGround = Math.max(worstGround, metres);
        }
        assertTrue(worstGround < 1e-3, "inverse: worst ground distance to pyproj " + worstGround + " m");
    }

    @Test
    void boxesAgreeWithPyprojTransformBounds() {
        double[][] lonLatBoxes = {{-180, -90, 180, -60}, {-10, -80, 30, -70}, {160, -86, -150, -77},
            {45, -90, 135, -65}, {-100, -75, -80, -74}};
        double[][] polarBoxes = {{-100_000, -100_000, 100_000, 100_000}, {500_000, 200_000, 900_000, 800_000},
            {-300_000, -2_000_000, 400_000, -1_500_000}, {-800_000, -700_000, -100_000, -200_000},
            {-400_000, -900_000, 0, -600_000}};
        StringBuilder script = new StringBuilder(String.join("\n",
                "from pyproj import Transformer",
                "P = '" + Epsg3031.PROJ + "'",
                "fwd = Transformer.from_crs('EPSG:4326', P, always_xy=True)",
                "inv = Transformer.from_crs(P, 'EPSG:4326', always_xy=True)", ""));
        for (double[] b : lonLatBoxes) {
            script.append("print(*fwd.transform_bounds(").append(b[0]).append(',').append(b[1]).append(',')
                    .append(b[2]).append(',').append(b[3]).append(", densify_pts=2001))\n");
        }
        for (double[] b : polarBoxes) {
            script.append("print(*inv.transform_bounds(").append(b[0]).append(',').append(b[1]).append(',')
                    .append(b[2]).append(',').append(b[3]).append(", densify_pts=2001))\n");
        }
        String[] lines = ReferenceTools.python(script.toString()).strip().split("\n");
        for (int i = 0; i < lonLatBoxes.length; i++) {
            double[] b = lonLatBoxes[i];
            PolarBox ours = new LonLatBox(b[0], b[1], b[2], b[3]).toPolar();
            double[] ref = parse(lines[i]);
            // Densified edges can only fall short of the exact extremes: 2001 points along a 3,300 km parallel
            // cut the circle's extremes by up to 4 m.
            String what = "lon/lat box " + java.util.Arrays.toString(b) + ": ours " + ours + ", pyproj "
                    + lines[i];
            assertTrue(ours.minX() <= ref[0] + 1e-6 && ours.minY() <= ref[1] + 1e-6 && ours.maxX() >= ref[2] - 1e-6
                    && ours.maxY() >= ref[3] - 1e-6, what);
            assertEquals(ref[0], ours.minX(), 5, what);
            assertEquals(ref[1], ours.minY(), 5, what);
            assertEquals(ref[2], ours.maxX(), 5, what);
            assertEquals(ref[3], ours.maxY(), 5, what);
        }
        for (int i = 0; i < polarBoxes.length; i++) {
            double[] b = polarBoxes[i];
            LonLatBox ours = new PolarBox(b[0], b[1], b[2], b[3]).toLonLat();
            double[] ref = parse(lines[lonLatBoxes.length + i]);
            String what = "EPSG:3031 box " + java.util.Arrays.toString(b) + ": ours " + ours + ", pyproj "
                    + lines[lonLatBoxes.length + i];
            assertEquals(ref[1], ours.south(), 1e-6, what);
            assertEquals(ref[3], ours.north(), 1e-6, what);
            if (ref[0] == 180) {
                ref[0] = -180; // a west edge on the antimeridian itself: PROJ names it +180
            }
            if (ref[0] > ref[2]) {
                // pyproj reports an antimeridian crossing as west > east; we widen it to all longitudes.
                assertEquals(-180, ours.west(), what);
                assertEquals(180, ours.east(), what);
            } else {
                assertEquals(ref[0], ours.west(), 1e-6, what);
                assertEquals(ref[2], ours.east(), 1e-6, what);
            }
        }
    }

    @Test
    void boxesNearThePoleAndTheAntimeridian() {
        LonLatBox aroundPole = new PolarBox(-1000, -1000, 1000, 1000).toLonLat();
        assertEquals(new LonLatBox(-180, -90, 180, aroundPole.north()), aroundPole);
        PolarBox disc = new LonLatBox(-180, -90, 180, -60).toPolar();
        assertEquals(-disc.maxX(), disc.minX(), 1e-6);
        assertEquals(disc.maxX(), disc.maxY(), 1e-6);
        LonLatBox crossing = new PolarBox(-10_000, -2_000_000, 10_000, -1_000_000).toLonLat();
        assertEquals(-180, crossing.west());
        assertEquals(180, crossing.east());
        LonLatBox westOfIt = new PolarBox(-10_000, -2_000_000, 0, -1_000_000).toLonLat();
        assertEquals(-180, westOfIt.west(), 1e-9);
        assertTrue(westOfIt.east() < -179, westOfIt.toString());
        assertThrows(InvalidArgumentException.class, () -> new LonLatBox(0, -10, 10, 90).toPolar());
        assertThrows(InvalidArgumentException.class, () -> Epsg3031.toPolar(0, -91));
    }

    private static double[] parse(String line) {
        String[] p = line.trim().split("\\s+");
        return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
            Double.parseDouble(p[3])};
    }
}
