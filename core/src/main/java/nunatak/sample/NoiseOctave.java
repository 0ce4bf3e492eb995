package nunatak.sample;

/**
 * One octave of gradient noise rendered along grid rows, giving exactly {@link Lattice#gradient} at each pixel
 * centre: per grid, each pixel's lattice column and offset; per lattice line, the nodes' gradients (hashed
 * once, cached while rows need them); per row, each column's noise as a linear function of x; per pixel,
 * two multiply-adds and a blend.
 */
final class NoiseOctave {
    private final double spacing;
    private final long salt;
    private final long ix0;
    private final int nodes;
    private final int[] needed;
    private final int[] cell;
    private final double[] dx;
    private final double[] wx;
    private final double[] slope;
    private final double[] offset;
    private final LineCache lines;
    private final double[][] window = new double[2][];
    /** Runs of consecutive pixels between the same two lattice columns: pixels segStart[k] .. segStart[k+1]-1. */
    private final int[] segStart;
    private final int[] segCell;

    NoiseOctave(double[] xs, double spacing, long salt) {
        this.spacing = spacing;
        this.salt = salt;
        int n = xs.length;
        this.cell = new int[n];
        this.dx = new double[n];
        this.wx = new double[n];
        this.ix0 = (long) Math.floor(xs[0] / spacing);
        this.nodes = (int) ((long) Math.floor(xs[n - 1] / spacing) + 2 - ix0);
        boolean[] use = new boolean[nodes];
        for (int c = 0; c < n; c++) {
            double u = xs[c] / spacing;
            double f = Math.floor(u);
            cell[c] = (int) ((long) f - ix0);
            dx[c] = u - f;
            wx[c] = Lattice.fade(dx[c]);
            use[cell[c]] = true;
            use[cell[c] + 1] = true;
        }
        this.needed = indices(use);
        int[][] seg = segments(cell);
        this.segStart = seg[0];
        this.segCell = seg[1];
        this.slope = new double[nodes];
        this.offset = new double[nodes];
        this.lines = new LineCache(2, 2 * nodes, this::fillLine);
    }

    /** Start pixel (plus a final end) and cell of each run of equal cells. */
    static int[][] segments(int[] cell) {
        int runs = 0;
        for (int c = 0; c < cell.length; c++) {
            runs += c == 0 || cell[c] != cell[c - 1] ? 1 : 0;
        }
        int[] start = new int[runs + 1];
        int[] which = new int[runs];
        for (int c = 0, k = 0; c < cell.length; c++) {
            if (c == 0 || cell[c] != cell[c - 1]) {
                start[k] = c;
                which[k++] = cell[c];
            }
        }
        start[runs] = cell.length;
        return new int[][] {start, which};
    }

    static int[] indices(boolean[] use) {
        int count = 0;
        for (boolean b : use) {
            count += b ? 1 : 0;
        }
        int[] out = new int[count];
        for (int i = 0, k = 0; i < use.length; i++) {
            if (use[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    private void fillLine(long iy, double[] out) {
        for (int i : needed) {
            int d = Lattice.direction(ix0 + i, iy, salt);
            out[i] = Lattice.GX[d];
            out[nodes + i] = Lattice.GY[d];
        }
    }

    /** Prepares the row whose pixel centres lie at {@code y}. */
    void row(double y) {
        double v = y / spacing;
        double fy = Math.floor(v);
        long iy = (long) fy;
        double dy = v - fy;
        double wy = Lattice.fade(dy);
        lines.window(iy, window);
        double[] low = window[0];
        double[] high = window[1];
        for (int i : needed) {
            slope[i] = Lattice.slope(low[i], high[i], wy);
            offset[i] = Lattice.offset(low[nodes + i], high[nodes + i], dy, wy);
        }
    }

    // The pixel loops run per lattice interval, so the column values are loop constants and the loop over
    // contiguous arrays vectorises; the arithmetic is exactly Lattice.along's.

    /** {@code acc[c] += amp * noise(c)}; also stores the plain noise in {@code keep} when given. */
    void addTo(double[] acc, double amp, double[] keep) {
        for (int k = 0; k < segCell.length; k++) {
            int i = segCell[k];
            double p0 = slope[i];
            double q0 = offset[i];
            double p1 = slope[i + 1];
            double q1 = offset[i + 1];
            int end = segStart[k + 1];
            if (keep == null) {
                for (int c = segStart[k]; c < end; c++) {
                    double d = dx[c];
                    double left = p0 * d + q0;
                    double right = p1 * (d - 1) + q1;
                    acc[c] += amp * (left + wx[c] * (right - left));
                }
            } else {
                for (int c = segStart[k]; c < end; c++) {
                    double d = dx[c];
                    double left = p0 * d + q0;
                    double right = p1 * (d - 1) + q1;
                    double v = left + wx[c] * (right - left);
                    keep[c] = v;
                    acc[c] += amp * v;
                }
            }
        }
    }

    /** {@code acc[c] += amp * ridge(noise(c))}, sharp crests where the noise crosses zero. */
    void addRidgedTo(double[] acc, double amp) {
        for (int k = 0; k < segCell.length; k++) {
            int i = segCell[k];
            double p0 = slope[i];
            double q0 = offset[i];
            double p1 = slope[i + 1];
            double q1 = offset[i + 1];
            int end = segStart[k + 1];
            for (int c = segStart[k]; c < end; c++) {
                double d = dx[c];
                double left = p0 * d + q0;
                double right = p1 * (d - 1) + q1;
                double r = 1 - Math.abs(1.4 * (left + wx[c] * (right - left)));
                acc[c] += amp * (r * r - 0.45);
            }
        }
    }
}
