package nunatak.sample;

/**
 * Gradient (Perlin) noise on square lattices, from a 64-bit mix of each node's integer coordinates and a salt,
 * so a node has the same gradient whichever tile or thread asks for it. Only exact IEEE arithmetic is used
 * (the gradient table is computed once with StrictMath), so values are identical on every JVM.
 */
final class Lattice {
    private static final int DIRECTIONS = 32;
    /** Unit gradient directions, indexed by 5 bits of a node's hash. */
    static final double[] GX = new double[DIRECTIONS];
    static final double[] GY = new double[DIRECTIONS];

    static {
        for (int i = 0; i < DIRECTIONS; i++) {
            GX[i] = StrictMath.cos(i * Math.PI / 16 + 0.1);
            GY[i] = StrictMath.sin(i * Math.PI / 16 + 0.1);
        }
    }

    private Lattice() {
    }

    /** The gradient index (0..31) of node (ix, iy). */
    static int direction(long ix, long iy, long salt) {
        long h = ix * 0x9E3779B97F4A7C15L + iy * 0xC2B2AE3D27D4EB4FL + salt;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
        return (int) (h >>> 59);
    }

    /** The salt of one noise field and octave for a seed. */
    static long salt(long seed, int field, int octave) {
        long h = seed * 0xD1B54A32D192ED03L + field * 0x8CB92BA72F3D8DD7L + octave * 0xABC98388FB8FAC03L;
        return (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L;
    }

    /** Smoothstep, for masks. */
    static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    /** Perlin's quintic fade: C2-continuous, so slopes have no creases at lattice lines. */
    static double fade(double t) {
        return t * t * t * (t * (t * 6 - 15) + 10);
    }

    /**
     * Gradient noise at (x, y) metres, about [-0.7, 0.7], evaluated as {@link NoiseOctave} does along rows:
     * first along y at the two lattice columns, giving each column a linear function of x, then along x.
     */
    static double gradient(double x, double y, double spacing, long salt) {
        double u = x / spacing;
        double v = y / spacing;
        double fx = Math.floor(u);
        double fy = Math.floor(v);
        long ix = (long) fx;
        long iy = (long) fy;
        double dx = u - fx;
        double dy = v - fy;
        double wy = fade(dy);
        int a0 = direction(ix, iy, salt);
        int b0 = direction(ix, iy + 1, salt);
        int a1 = direction(ix + 1, iy, salt);
        int b1 = direction(ix + 1, iy + 1, salt);
        double p0 = slope(GX[a0], GX[b0], wy);
        double q0 = offset(GY[a0], GY[b0], dy, wy);
        double p1 = slope(GX[a1], GX[b1], wy);
        double q1 = offset(GY[a1], GY[b1], dy, wy);
        return along(p0, q0, p1, q1, dx, fade(dx));
    }

    /** A lattice column's noise along a row is {@code slope * dx + offset}: the x-gradient blended in y ... */
    static double slope(double gxLow, double gxHigh, double wy) {
        return gxLow + wy * (gxHigh - gxLow);
    }

    /** ... and the y-gradients' contribution at the row's distance {@code dy} above the lower line. */
    static double offset(double gyLow, double gyHigh, double dy, double wy) {
        double low = gyLow * dy;
        return low + wy * (gyHigh * (dy - 1) - low);
    }

    /** Blends the two columns' linear functions at {@code dx} from the left one. */
    static double along(double p0, double q0, double p1, double q1, double dx, double wx) {
        double left = p0 * dx + q0;
        double right = p1 * (dx - 1) + q1;
        return left + wx * (right - left);
    }

    /**
     * Gradient noise on a lattice rotated by an angle drawn from the salt, so octaves do not line up; for the
     * large features, which are evaluated point by point.
     */
    static double rotated(double x, double y, double spacing, long salt) {
        int turn = (int) (salt >>> 59);
        double rx = x * GX[turn] - y * GY[turn];
        double ry = x * GY[turn] + y * GX[turn];
        return gradient(rx, ry, spacing, salt);
    }

    /** Sum of {@code octaves} rotated noises from wavelength {@code spacing}, each half as long, {@code gain} as strong. */
    static double fbm(double x, double y, double spacing, int octaves, double gain, long seed, int field) {
        double sum = 0;
        double amp = 1;
        double norm = 0;
        double s = spacing;
        for (int k = 0; k < octaves; k++) {
            sum += amp * rotated(x, y, s, salt(seed, field, k));
            norm += amp;
            amp *= gain;
            s *= 0.5;
        }
        return sum / norm;
    }
}
