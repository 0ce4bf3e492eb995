package nunatak.mosaic;

/**
 * REMA's tile grid in EPSG:3031 (Antarctic Polar Stereographic): tile (i, j) is 100 km square and spans
 * x ∈ [-3e6 + (j-1)·1e5, -3e6 + j·1e5], y ∈ [-3e6 + (i-1)·1e5, -3e6 + i·1e5]. Row i grows northwards,
 * column j eastwards, both from 1.
 *
 * <pre>{@code
 * double west = RemaGrid.minX(20);            // -1100000.0: tile column 20's western edge
 * double north = RemaGrid.maxY(40);           // 1000000.0: tile row 40's northern edge
 * int side = RemaGrid.pixelsPerTile(400);     // 250
 * double[] cell = RemaGrid.box(40, 20);       // {-1100000, 900000, -1000000, 1000000}: xmin, ymin, xmax, ymax
 * }</pre>
 */
public final class RemaGrid {
    public static final double ORIGIN = -3_000_000;
    public static final double TILE_SIZE = 100_000;
    public static final int EPSG = 3031;

    private RemaGrid() {
    }

    public static double minX(int j) {
        return ORIGIN + (j - 1) * TILE_SIZE;
    }

    public static double maxX(int j) {
        return ORIGIN + j * TILE_SIZE;
    }

    public static double minY(int i) {
        return ORIGIN + (i - 1) * TILE_SIZE;
    }

    public static double maxY(int i) {
        return ORIGIN + i * TILE_SIZE;
    }

    /** Tile (i, j)'s extent: xmin, ymin, xmax, ymax. */
    public static double[] box(int i, int j) {
        return new double[] {minX(j), minY(i), maxX(j), maxY(i)};
    }

    /** Pixels per tile side at a resolution in metres; REMA's resolutions divide 100 km exactly. */
    public static int pixelsPerTile(double resolution) {
        double n = TILE_SIZE / resolution;
        if (Math.abs(n - Math.rint(n)) > 1e-9) {
            throw new nunatak.InvalidArgumentException("resolution " + resolution
                    + " m does not divide REMA's 100 km tiles; use e.g. 2, 8, 10, 32, 40, 80, 100, 200, 400");
        }
        return (int) Math.rint(n);
    }
}
