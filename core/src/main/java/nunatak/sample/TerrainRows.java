package nunatak.sample;

/**
 * Renders {@link Terrain} row by row for a grid of pixels, giving exactly {@link Terrain#elevation} at each
 * pixel centre but far faster: lattice nodes are computed once per lattice line and reused along the row and
 * by the following rows; pixel positions and weights are computed once per grid; each pixel then costs a few
 * array reads and multiply-adds per octave. Not thread-safe: use one per thread.
 *
 * <pre>{@code
 * TerrainRows rows = new TerrainRows(new Terrain(0), -1_100_000, 1_000_000, 8, 12500);
 * float[] row = new float[12500];
 * rows.render(0, row, 0);   // the northernmost row of tile 40_20 at 8 m
 * }</pre>
 */
public final class TerrainRows {
    private final double top;
    private final double res;
    private final CoarseGrid coarse;
    private final NoiseOctave[] fine;
    private final NoiseOctave[] ridges;
    private final double[] accFine;
    private final double[] accRock;
    private final double[] first;
    private final double[] second;
    private final double[] height;
    private final double[] relief;
    private final double[] voids;

    /**
     * @param left  x of the grid's left edge
     * @param top   y of the grid's top edge (rows go south)
     * @param res   pixel size in metres
     * @param width pixels per row
     */
    public TerrainRows(Terrain terrain, double left, double top, double res, int width) {
        this.top = top;
        this.res = res;
        double[] xs = new double[width];
        for (int c = 0; c < width; c++) {
            xs[c] = left + (c + 0.5) * res;
        }
        long seed = terrain.seed();
        this.coarse = new CoarseGrid(xs, Terrain.COARSE, Terrain.FIELDS, new CoarseLines(terrain));
        this.fine = new NoiseOctave[Terrain.FINE_SPACING.length];
        for (int k = 0; k < fine.length; k++) {
            fine[k] = new NoiseOctave(xs, Terrain.FINE_SPACING[k], Lattice.salt(seed, Terrain.F_FINE, k));
        }
        this.ridges = new NoiseOctave[Terrain.RIDGE_SPACING.length];
        for (int k = 0; k < ridges.length; k++) {
            ridges[k] = new NoiseOctave(xs, Terrain.RIDGE_SPACING[k], Lattice.salt(seed, Terrain.F_FINE_RIDGE, k));
        }
        this.accFine = new double[width];
        this.accRock = new double[width];
        this.first = new double[width];
        this.second = new double[width];
        this.height = new double[width];
        this.relief = new double[width];
        this.voids = new double[width];
    }

    /**
     * The coarse lattice's lines: the continental fields are interpolated along the line from their own
     * lattice (built lazily, over the coarse nodes' x), then each node's coarse fields are computed.
     */
    private static final class CoarseLines implements CoarseGrid.LineValues {
        private final Terrain terrain;
        private CoarseGrid macro;
        private double[][] macroRow;
        private double[] m;

        CoarseLines(Terrain terrain) {
            this.terrain = terrain;
        }

        @Override
        public void fill(double y, double[] xs, int[] needed, double[] out, int stride) {
            if (macro == null) {
                macro = new CoarseGrid(xs, Terrain.MACRO, Terrain.MACRO_FIELDS, CoarseGrid.LineValues.of(terrain::macro));
                macroRow = new double[Terrain.MACRO_FIELDS][xs.length];
                m = new double[Terrain.MACRO_FIELDS];
            }
            macro.row(y);
            for (int f = 0; f < Terrain.MACRO_FIELDS; f++) {
                macro.values(f, macroRow[f]);
            }
            for (int i : needed) {
                for (int f = 0; f < Terrain.MACRO_FIELDS; f++) {
                    m[f] = macroRow[f][i];
                }
                terrain.meso(xs[i], y, m, 0, 1, out, i, stride);
            }
        }
    }

    /** Renders grid row {@code row} (0 = top) into {@code out[off .. off + width)}. */
    public void render(int row, float[] out, int off) {
        double y = top - (row + 0.5) * res;
        java.util.Arrays.fill(accFine, 0);
        java.util.Arrays.fill(accRock, 0);
        for (int k = 0; k < fine.length; k++) {
            fine[k].row(y);
            fine[k].addTo(accFine, Terrain.FINE_AMPLITUDE[k], k == 0 ? first : k == 1 ? second : null);
        }
        for (int k = 0; k < ridges.length; k++) {
            ridges[k].row(y);
            ridges[k].addRidgedTo(accRock, Terrain.RIDGE_AMPLITUDE[k]);
        }
        coarse.row(y);
        coarse.values(0, height);
        coarse.values(1, relief);
        coarse.values(2, voids);
        for (int c = 0; c < accFine.length; c++) {
            out[off + c] = Terrain.compose(height[c], relief[c], voids[c], accFine[c], accRock[c], first[c], second[c]);
        }
    }
}
