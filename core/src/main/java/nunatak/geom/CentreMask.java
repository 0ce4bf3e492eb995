package nunatak.geom;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.tiff.Window;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * The pixels of a grid whose centres lie inside a polygon or multipolygon (holes excluded), exactly as rasterio's
 * {@code features.geometry_mask(..., all_touched=False)} computes them over the same grid: that is GDAL's
 * scanline rasterizer, so its rules for centres exactly on an edge or vertex are followed, not a point-in-polygon
 * test. Per row through the pixel centres it rounds each edge crossing half up, fills between crossings taken in
 * pairs, and fills horizontal edges lying on the centre line when they run west (rings turned clockwise first): a
 * centre on a left edge is out and on a right edge in, and the parts of a multipolygon are filled one by one (their
 * union). Computed per window, with only the edges crossing it, so tasks can mask block by block; results are the
 * same whatever windows the grid is cut into.
 *
 * <pre>{@code
 * GeoFeature zone = GeoJsonReader.read(Path.of("basins.geojson"), Crs.EPSG_4326).get(0);
 * CentreMask mask = CentreMask.of(zone.geometry(), new PixelGrid(-1_100_000, 1_000_000, 32, -32));
 * MaskRuns runs = mask.runs(new Window(0, 0, 512, 512));
 * long inside = runs.pixelCount();
 * }</pre>
 */
public final class CentreMask implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PixelGrid grid;
    private final List<PolygonEdges> parts;

    private CentreMask(PixelGrid grid, List<PolygonEdges> parts) {
        this.grid = grid;
        this.parts = parts;
    }

    /** A mask of a Polygon or MultiPolygon in the grid's coordinates (EPSG:3031 for mosaics). */
    public static CentreMask of(Geometry polygonal, PixelGrid grid) {
        if (!(polygonal instanceof Polygonal)) {
            throw new InvalidArgumentException("a pixel mask needs a Polygon or MultiPolygon, not a "
                    + polygonal.getGeometryType());
        }
        List<PolygonEdges> parts = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (!p.isEmpty()) {
                parts.add(PolygonEdges.of(p, grid));
            }
        }
        return new CentreMask(grid, List.copyOf(parts));
    }

    public PixelGrid grid() {
        return grid;
    }

    /** The masked pixels of one window of the grid. */
    public MaskRuns runs(Window window) {
        int rows = window.height();
        RowSpans spans = new RowSpans(rows);
        for (PolygonEdges part : parts) {
            fill(part, window, spans);
        }
        return spans.merge(window);
    }

    private static void fill(PolygonEdges e, Window w, RowSpans spans) {
        int r0 = w.row();
        int r1 = w.endRow();
        double firstCentre = r0 + 0.5;
        double lastCentre = r1 - 0.5;
        if (w.isEmpty() || e.maxY < firstCentre || e.minY > lastCentre) {
            return;
        }
        // Edges crossing the window's centre lines: top <= centre < bottom for some centre of the window.
        int upTo = upperBound(e.topY, lastCentre);
        int[] candidates = new int[upTo];
        int count = 0;
        for (int i = 0; i < upTo; i++) {
            if (e.bottomY[i] > firstCentre) {
                candidates[count++] = i;
            }
        }
        int[] active = new int[count];
        int activeCount = 0;
        int next = 0;
        int[] crossings = new int[Math.max(count, 1)];
        for (int row = r0; row < r1; row++) {
            double dy = row + 0.5;
            while (next < count && e.topY[candidates[next]] <= dy) {
                active[activeCount++] = candidates[next++];
            }
            int kept = 0;
            int n = 0;
            for (int a = 0; a < activeCount; a++) {
                int i = active[a];
                if (e.bottomY[i] <= dy) {
                    continue;
                }
                active[kept++] = i;
                double y1 = e.topY[i];
                double x1 = e.topX[i];
                double intersect = (dy - y1) * (e.bottomX[i] - x1) / (e.bottomY[i] - y1) + x1;
                crossings[n++] = PolygonEdges.roundHalfUp(intersect);
            }
            activeCount = kept;
            Arrays.sort(crossings, 0, n);
            for (int k = 0; k + 1 < n; k += 2) {
                spans.add(row - r0, crossings[k], crossings[k + 1], w);
            }
        }
        for (int h = 0; h < e.horizontalY.length; h++) {
            double y = e.horizontalY[h];
            double row = y - 0.5;
            if (row >= r0 && row < r1 && row == Math.floor(row)) {
                spans.add((int) row - r0, e.horizontalFrom[h], e.horizontalTo[h], w);
            }
        }
    }

    /** Number of leading entries of the sorted array that are <= v. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Column spans per window row, clipped to the window, merged into sorted disjoint runs at the end. */
    private static final class RowSpans {
        private final int[][] perRow;
        private final int[] sizes;

        RowSpans(int rows) {
            perRow = new int[rows][];
            sizes = new int[rows];
        }

        void add(int r, int from, int to, Window w) {
            int a = Math.max(from, w.col());
            int b = Math.min(to, w.endCol());
            if (a >= b) {
                return;
            }
            int[] s = perRow[r];
            if (s == null) {
                s = new int[8];
            } else if (sizes[r] + 2 > s.length) {
                s = Arrays.copyOf(s, s.length * 2);
            }
            s[sizes[r]] = a;
            s[sizes[r] + 1] = b;
            sizes[r] += 2;
            perRow[r] = s;
        }

        MaskRuns merge(Window w) {
            int rows = perRow.length;
            int[] offsets = new int[rows + 1];
            int total = 0;
            for (int r = 0; r < rows; r++) {
                total += sizes[r] / 2;
            }
            int[] starts = new int[total];
            int[] ends = new int[total];
            int k = 0;
            for (int r = 0; r < rows; r++) {
                offsets[r] = k;
                int n = sizes[r] / 2;
                if (n == 0) {
                    continue;
                }
                long[] packed = new long[n];
                int[] s = perRow[r];
                for (int i = 0; i < n; i++) {
                    packed[i] = ((long) s[2 * i] << 32) | (s[2 * i + 1] & 0xffffffffL);
                }
                Arrays.sort(packed);
                int runStart = (int) (packed[0] >> 32);
                int runEnd = (int) packed[0];
                for (int i = 1; i < n; i++) {
                    int a = (int) (packed[i] >> 32);
                    int b = (int) packed[i];
                    if (a <= runEnd) {
                        runEnd = Math.max(runEnd, b);
                    } else {
                        starts[k] = runStart;
                        ends[k++] = runEnd;
                        runStart = a;
                        runEnd = b;
                    }
                }
                starts[k] = runStart;
                ends[k++] = runEnd;
            }
            offsets[rows] = k;
            return new MaskRuns(w, offsets, Arrays.copyOf(starts, k), Arrays.copyOf(ends, k));
        }
    }
}
