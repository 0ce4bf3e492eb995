package nunatak.geom;

import java.io.Serializable;
import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Polygon;

/**
 * The edges of one polygon (shell and holes) in pixel coordinates of a grid, ready for GDAL's scanline fill: the
 * non-horizontal edges sorted by their top, and the horizontal edges GDAL fills on their own (those running towards
 * smaller x once every ring is turned clockwise). Coordinates go through GDAL's inverse geotransform term by term,
 * so a pixel centre on an edge or vertex falls on the same side as in GDAL.
 */
final class PolygonEdges implements Serializable {
    private static final long serialVersionUID = 1L;

    // Sloped edges, sorted by topY: topY < bottomY, x at the top and the bottom end.
    final double[] topY;
    final double[] bottomY;
    final double[] topX;
    final double[] bottomX;
    // Horizontal edges filled as a run of their own: on pixel-row coordinate y, columns [fromCol, toCol).
    final double[] horizontalY;
    final int[] horizontalFrom;
    final int[] horizontalTo;
    final double minY;
    final double maxY;

    private PolygonEdges(double[][] sloped, int slopedCount, double[] hY, int[] hFrom, int[] hTo, int hCount,
                         double minY, double maxY) {
        Integer[] order = new Integer[slopedCount];
        for (int i = 0; i < slopedCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(sloped[0][a], sloped[0][b]));
        topY = new double[slopedCount];
        bottomY = new double[slopedCount];
        topX = new double[slopedCount];
        bottomX = new double[slopedCount];
        for (int i = 0; i < slopedCount; i++) {
            topY[i] = sloped[0][order[i]];
            bottomY[i] = sloped[1][order[i]];
            topX[i] = sloped[2][order[i]];
            bottomX[i] = sloped[3][order[i]];
        }
        horizontalY = Arrays.copyOf(hY, hCount);
        horizontalFrom = Arrays.copyOf(hFrom, hCount);
        horizontalTo = Arrays.copyOf(hTo, hCount);
        this.minY = minY;
        this.maxY = maxY;
    }

    static PolygonEdges of(Polygon polygon, PixelGrid grid) {
        // GDALInvGeoTransform's no-rotation case, then GDALGenImgProjTransform's x' = inv0 + x·inv1 + y·inv2.
        double inv0 = -grid.originX() / grid.resX();
        double inv1 = 1.0 / grid.resX();
        double inv3 = -grid.originY() / grid.resY();
        double inv5 = 1.0 / grid.resY();
        int vertices = polygon.getNumPoints();
        double[][] sloped = new double[4][vertices];
        double[] hY = new double[vertices];
        int[] hFrom = new int[vertices];
        int[] hTo = new int[vertices];
        int s = 0;
        int h = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
            CoordinateSequence ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r))
                    .getCoordinateSequence();
            int n = ring.size();
            if (n == 0) {
                continue;
            }
            boolean reverse = !RingOrientation.isClockwise(ring);
            double[] px = new double[n];
            double[] py = new double[n];
            for (int i = 0; i < n; i++) {
                int k = reverse ? n - 1 - i : i;
                px[i] = inv0 + ring.getX(k) * inv1 + ring.getY(k) * 0.0;
                py[i] = inv3 + ring.getX(k) * 0.0 + ring.getY(k) * inv5;
                minY = Math.min(minY, py[i]);
                maxY = Math.max(maxY, py[i]);
            }
            for (int i = 0; i < n; i++) {
                int a = i == 0 ? n - 1 : i - 1;
                double y1 = py[a];
                double y2 = py[i];
                if (y1 < y2) {
                    sloped[0][s] = y1;
                    sloped[1][s] = y2;
                    sloped[2][s] = px[a];
                    sloped[3][s] = px[i];
                    s++;
                } else if (y1 > y2) {
                    sloped[0][s] = y2;
                    sloped[1][s] = y1;
                    sloped[2][s] = px[i];
                    sloped[3][s] = px[a];
                    s++;
                } else if (px[a] > px[i]) {
                    hY[h] = y1;
                    hFrom[h] = roundHalfUp(px[i]);
                    hTo[h] = roundHalfUp(px[a]);
                    h++;
                }
            }
        }
        return new PolygonEdges(sloped, s, hY, hFrom, hTo, h, minY, maxY);
    }

    /** GDAL's {@code static_cast<int>(floor(x + 0.5))}: where a crossing at pixel coordinate x starts a run. */
    static int roundHalfUp(double x) {
        return (int) Math.floor(x + 0.5);
    }
}
