package nunatak.sample;

/**
 * A synthetic, REMA-like ice sheet: elevation in metres as a deterministic function of (x, y) in EPSG:3031
 * and a seed, continuous everywhere (so tiles meet without seams). It has a continental dome whose margin is
 * warped by large-scale noise, mountain ranges with sharp ridged crests (nunataks poking through the ice),
 * U-shaped glacier troughs that become fjords at the coast, roughness from tens of kilometres down to 25 m,
 * an ocean (values at or below 0) and void patches of nodata.
 *
 * <p>It is the sum of a coarse part and a fine part. The coarse part (ridges, troughs, wavelengths of 3 km and
 * more) is defined as the cubic interpolation of its values on a 200 m world-aligned lattice, and those
 * values use continental fields (dome, where ranges and troughs run) interpolated from a 3.2 km lattice;
 * the fine part is gradient noise (wavelengths 25 m to 1.6 km) evaluated at the point. This definition is what
 * makes rendering fast ({@link TerrainRows}) while keeping the function independent of the pixel size and
 * of the tile being rendered.
 *
 * <pre>{@code
 * Terrain t = new Terrain(42);
 * double h = t.elevation(-900_000, 800_000);   // metres, -9999 in a void, <= 0 in the ocean
 * }</pre>
 */
public final class Terrain {
    public static final float NODATA = -9999f;
    /** Spacing of the coarse lattice, metres. */
    static final double COARSE = 200;
    /** Spacing of the lattice of the continental fields, which the coarse lattice interpolates. */
    static final double MACRO = 3200;
    static final int MACRO_FIELDS = 9;
    /** Wavelengths and amplitudes of the fine noise octaves (roughness). */
    static final double[] FINE_SPACING = {1600, 800, 400, 200, 100, 50, 25};
    static final double[] FINE_AMPLITUDE = {7, 3.9, 2.1, 1.2, 0.65, 0.36, 0.2};
    /** Wavelengths and amplitudes of the fine ridged octaves (rock detail, scaled by the mountain field). */
    static final double[] RIDGE_SPACING = {1200, 600, 300};
    static final double[] RIDGE_AMPLITUDE = {110, 45, 18};
    static final int FIELDS = 3;

    private static final double CENTRE_X = 350_000;
    private static final double CENTRE_Y = -250_000;
    private static final double RADIUS = 1_700_000;
    private static final double DOME = 3900;
    private static final int F_COAST = 1;
    private static final int F_RANGE = 2;
    private static final int F_RIDGE = 3;
    private static final int F_TROUGH = 4;
    private static final int F_ROUGH = 5;
    private static final int F_VOID = 6;
    static final int F_FINE = 7;
    static final int F_FINE_RIDGE = 8;

    private final long seed;

    public Terrain(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /**
     * The continental fields, smooth at kilometre scale: ice thickness of the dome, how far past the margin,
     * coast proximity (0 at the dome, 1 at the margin), the range, trough and trough-presence signals, trough
     * depth, large-scale roughness and the void signal; field f to {@code out[at + f * stride]}.
     */
    void macro(double x, double y, double[] out, int at, int stride) {
        double dx = x - CENTRE_X;
        double dy = y - CENTRE_Y;
        double radius = RADIUS * (1 + 0.12 * Lattice.fbm(x, y, 1_400_000, 3, 0.5, seed, F_COAST)
                + 0.06 * Lattice.fbm(x, y, 160_000, 3, 0.5, seed, F_COAST + 16));
        double q = Math.sqrt(dx * dx + dy * dy) / radius;
        // Vialov's steady-state profile: a flat dome that steepens towards the margin, as ice sheets do.
        double ice = q < 1 ? DOME * StrictMath.pow(1 - StrictMath.pow(q, 4.0 / 3), 3.0 / 8) : -2500 * (q - 1);
        double coast = clamp(1 - ice / DOME);
        out[at] = ice;
        out[at + stride] = q < 1 ? 1 : clamp(1 - (q - 1) * 25);
        out[at + 2 * stride] = coast;
        out[at + 3 * stride] = Lattice.fbm(x, y, 520_000, 3, 0.5, seed, F_RANGE);
        out[at + 4 * stride] = Lattice.fbm(x, y, 170_000, 2, 0.5, seed, F_TROUGH);
        out[at + 5 * stride] = Lattice.fbm(x, y, 260_000, 2, 0.5, seed, F_TROUGH + 16);
        out[at + 6 * stride] = 100 + 1400 * StrictMath.pow(coast, 0.7);
        out[at + 7 * stride] = Lattice.fbm(x, y, 24_000, 2, 0.55, seed, F_ROUGH);
        out[at + 8 * stride] = Lattice.fbm(x, y, 45_000, 3, 0.5, seed, F_VOID);
    }

    /**
     * The coarse fields at a point from the continental ones {@code m} there: height (m), the strength of fine
     * rock relief (0..1) and the void field (voids where it exceeds {@link #VOID_THRESHOLD}).
     */
    void meso(double x, double y, double[] m, int mAt, int mStride, double[] out, int at, int stride) {
        double ice = m[mAt];
        double coast = m[mAt + 2 * mStride];
        double band = 1 - Math.abs(m[mAt + 3 * mStride]) / 0.2;
        double range = Lattice.smooth(clamp(band)) * m[mAt + mStride];
        // Troughs follow the zero lines of a noise field; a second field breaks those closed loops into
        // segments, and they fade inland, where ice buries the bed.
        double t = Math.abs(m[mAt + 4 * mStride]);
        double present = Lattice.smooth(clamp(m[mAt + 5 * mStride] * 4 + 0.2))
                * Lattice.smooth(clamp((coast + 0.6 * range - 0.15) * 3));
        double trough = (1 - Lattice.smooth(clamp((t - 0.018) / 0.05))) * present;
        double rough = (0.75 * m[mAt + 7 * mStride] + 0.25 * Lattice.fbm(x, y, 6_000, 2, 0.55, seed, F_ROUGH + 16))
                * (50 + 150 * coast);
        out[at] = ice + range * (1000 + 1100 * coast) * ridged(x, y) * (1 - trough) - trough * m[mAt + 6 * mStride]
                + rough;
        out[at + stride] = 0.12 + 0.88 * range * (1 - trough);
        out[at + 2 * stride] = m[mAt + 8 * mStride] + 0.22 * range;
    }

    /** The coarse fields at a lattice node, from the continental fields interpolated there. */
    void coarse(double x, double y, double[] out, int at, int stride) {
        double[] m = CoarseGrid.at(x, y, MACRO, MACRO_FIELDS, this::macro);
        meso(x, y, m, 0, 1, out, at, stride);
    }

    static final double VOID_THRESHOLD = 0.4;

    /** Musgrave's ridged multifractal: sharp crests whose detail grows where the signal is already high. */
    private double ridged(double x, double y) {
        double sum = 0;
        double weight = 1;
        double amp = 1;
        double s = 48_000;
        for (int k = 0; k < 5; k++) {
            double r = 1 - Math.abs(1.4 * Lattice.rotated(x, y, s, Lattice.salt(seed, F_RIDGE, k)));
            r = r * r * weight;
            weight = clamp(2 * r);
            sum += r * amp;
            amp *= 0.5;
            s *= 0.5;
        }
        return sum;
    }

    /** The elevation at (x, y), evaluated directly: the reference that {@link TerrainRows} renders exactly. */
    public double elevation(double x, double y) {
        double[] field = CoarseGrid.at(x, y, COARSE, FIELDS, this::coarse);
        double fine = 0;
        double first = 0;
        double second = 0;
        for (int k = 0; k < FINE_SPACING.length; k++) {
            double n = Lattice.gradient(x, y, FINE_SPACING[k], Lattice.salt(seed, F_FINE, k));
            fine += FINE_AMPLITUDE[k] * n;
            first = k == 0 ? n : first;
            second = k == 1 ? n : second;
        }
        double rock = 0;
        for (int k = 0; k < RIDGE_SPACING.length; k++) {
            rock += RIDGE_AMPLITUDE[k] * ridge(Lattice.gradient(x, y, RIDGE_SPACING[k],
                    Lattice.salt(seed, F_FINE_RIDGE, k)));
        }
        return compose(field[0], field[1], field[2], fine, rock, first, second);
    }

    /** A sharp crest where gradient noise crosses zero, centred near 0 on average. */
    static double ridge(double noise) {
        double r = 1 - Math.abs(1.4 * noise);
        return r * r - 0.45;
    }

    /** Combines the coarse fields and the fine octaves into the pixel value. */
    static float compose(double height, double relief, double voidField, double fine, double rock, double first,
                         double second) {
        if (voidField + 0.06 * second + 0.03 * first > VOID_THRESHOLD) {
            return NODATA;
        }
        double h = height + fine + relief * rock;
        // The sea surface lies below zero by a few tens of metres, as REMA's ellipsoidal heights do.
        return h > 0 ? (float) h : (float) (-20 + 14 * first + 4 * second);
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : Math.min(v, 1);
    }
}
