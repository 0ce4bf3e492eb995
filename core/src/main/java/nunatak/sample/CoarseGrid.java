package nunatak.sample;

/**
 * The coarse part of the terrain: fields known at the nodes of a world-aligned lattice and interpolated between
 * them with Catmull-Rom cubics (C1, so hillshades show no creases along lattice lines). Rendered along rows:
 * per grid, each pixel's column and four weights; per lattice line, the node values (computed once, cached);
 * per row, the y-interpolated profile; per pixel, a 4-tap blend per field. {@link #at} gives the same value
 * for a single point, with the same arithmetic.
 */
final class CoarseGrid {
    /** Computes the fields at one point: field f goes to {@code out[at + f * stride]}. */
    @FunctionalInterface
    interface PointValues {
        void compute(double x, double y, double[] out, int at, int stride);
    }

    /**
     * Computes the fields of a lattice line at {@code y}: for each node index i in {@code needed}, at
     * {@code x = xs[i]}, field f goes to {@code out[i + f * stride]}. Whole lines at once let a field be
     * interpolated from a coarser grid along the line.
     */
    @FunctionalInterface
    interface LineValues {
        void fill(double y, double[] xs, int[] needed, double[] out, int stride);

        static LineValues of(PointValues p) {
            return (y, xs, needed, out, stride) -> {
                for (int i : needed) {
                    p.compute(xs[i], y, out, i, stride);
                }
            };
        }
    }

    private final double spacing;
    private final int fields;
    private final LineValues values;
    private final double[] nodeX;
    private final long ix0;
    private final int nodes;
    private final int[] needed;
    private final int[] cell;
    private final double[] w0;
    private final double[] w1;
    private final double[] w2;
    private final double[] w3;
    private final int[] segStart;
    private final int[] segCell;
    private final double[] profile;
    private final LineCache lines;
    private final double[][] window = new double[4][];
    private final double[] wy = new double[4];

    CoarseGrid(double[] xs, double spacing, int fields, LineValues values) {
        this.spacing = spacing;
        this.fields = fields;
        this.values = values;
        int n = xs.length;
        this.cell = new int[n];
        this.w0 = new double[n];
        this.w1 = new double[n];
        this.w2 = new double[n];
        this.w3 = new double[n];
        double[] w = new double[4];
        this.ix0 = (long) Math.floor(xs[0] / spacing) - 1;
        this.nodes = (int) ((long) Math.floor(xs[n - 1] / spacing) + 3 - ix0);
        boolean[] use = new boolean[nodes];
        for (int c = 0; c < n; c++) {
            double u = xs[c] / spacing;
            double f = Math.floor(u);
            cell[c] = (int) ((long) f - 1 - ix0);
            catmullRom(u - f, w, 0);
            w0[c] = w[0];
            w1[c] = w[1];
            w2[c] = w[2];
            w3[c] = w[3];
            for (int k = 0; k < 4; k++) {
                use[cell[c] + k] = true;
            }
        }
        this.needed = NoiseOctave.indices(use);
        this.nodeX = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            nodeX[i] = (ix0 + i) * spacing;
        }
        int[][] seg = NoiseOctave.segments(cell);
        this.segStart = seg[0];
        this.segCell = seg[1];
        this.profile = new double[fields * nodes];
        this.lines = new LineCache(4, fields * nodes, this::fillLine);
    }

    /** Catmull-Rom weights of the four nodes around a point at {@code t} (0..1) past the second one. */
    static void catmullRom(double t, double[] w, int at) {
        w[at] = t * ((2 - t) * t - 1) * 0.5;
        w[at + 1] = (t * t * (3 * t - 5) + 2) * 0.5;
        w[at + 2] = t * ((4 - 3 * t) * t + 1) * 0.5;
        w[at + 3] = t * t * (t - 1) * 0.5;
    }

    static double blend(double[] w, int at, double v0, double v1, double v2, double v3) {
        return w[at] * v0 + w[at + 1] * v1 + w[at + 2] * v2 + w[at + 3] * v3;
    }

    private void fillLine(long iy, double[] out) {
        values.fill(iy * spacing, nodeX, needed, out, nodes);
    }

    /** Prepares the row whose pixel centres lie at {@code y}. */
    void row(double y) {
        double v = y / spacing;
        double fy = Math.floor(v);
        long iy = (long) fy;
        catmullRom(v - fy, wy, 0);
        lines.window(iy - 1, window);
        double[] l0 = window[0];
        double[] l1 = window[1];
        double[] l2 = window[2];
        double[] l3 = window[3];
        for (int f = 0; f < fields; f++) {
            int base = f * nodes;
            for (int i : needed) {
                int k = base + i;
                profile[k] = blend(wy, 0, l0[k], l1[k], l2[k], l3[k]);
            }
        }
    }

    /** Field {@code f} of the prepared row at every pixel, into {@code out}; the arithmetic of {@link #blend}. */
    void values(int f, double[] out) {
        for (int k = 0; k < segCell.length; k++) {
            int i = f * nodes + segCell[k];
            double v0 = profile[i];
            double v1 = profile[i + 1];
            double v2 = profile[i + 2];
            double v3 = profile[i + 3];
            int end = segStart[k + 1];
            for (int c = segStart[k]; c < end; c++) {
                out[c] = w0[c] * v0 + w1[c] * v1 + w2[c] * v2 + w3[c] * v3;
            }
        }
    }

    /** All fields at one point, computed from its 16 surrounding nodes exactly as rows are. */
    static double[] at(double x, double y, double spacing, int fields, PointValues values) {
        double u = x / spacing;
        double v = y / spacing;
        double fx = Math.floor(u);
        double fy = Math.floor(v);
        double[] wx = new double[4];
        double[] wy = new double[4];
        catmullRom(u - fx, wx, 0);
        catmullRom(v - fy, wy, 0);
        double[] node = new double[16 * fields];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                values.compute(((long) fx - 1 + i) * spacing, ((long) fy - 1 + j) * spacing, node,
                        (i * 4 + j) * fields, 1);
            }
        }
        double[] out = new double[fields];
        for (int f = 0; f < fields; f++) {
            double[] column = new double[4];
            for (int i = 0; i < 4; i++) {
                int b = i * 4 * fields + f;
                column[i] = blend(wy, 0, node[b], node[b + fields], node[b + 2 * fields], node[b + 3 * fields]);
            }
            out[f] = blend(wx, 0, column[0], column[1], column[2], column[3]);
        }
        return out;
    }
}
