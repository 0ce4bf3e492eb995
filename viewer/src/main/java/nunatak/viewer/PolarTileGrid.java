package nunatak.viewer;

import nunatak.InvalidArgumentException;

/**
 * The map's tile grid on EPSG:3031: 256-pixel tiles from the origin (-4194304, 4194304), 32768 / 2^z metres per
 * pixel at zoom z (z 0 covers ±4194304 m with one tile, z 10 is 32 m, z 12 is 8 m), tile rows counted downwards.
 * REMA's pixel edges (multiples of 2, 8 and 32 m from the origin) fall on this grid's pixel edges.
 *
 * <pre>{@code
 * PolarTileGrid.resolution(10);           // 32.0
 * PolarTileGrid.bounds(10, 512, 511);     // {minX, minY, maxX, maxY} of that tile
 * }</pre>
 */
public final class PolarTileGrid {
    public static final double ORIGIN_X = -4194304;
    public static final double ORIGIN_Y = 4194304;
    public static final int TILE_SIZE = 256;
    /** Zoom levels beyond this would be pixels of a few millimetres. */
    public static final int MAX_ZOOM = 24;

    private PolarTileGrid() {
    }

    /** Metres per tile pixel at zoom {@code z}. */
    public static double resolution(int z) {
        return 32768.0 / (1L << z);
    }

    /** {minX, minY, maxX, maxY} of tile (z, x, y). */
    public static double[] bounds(int z, long x, long y) {
        double size = TILE_SIZE * resolution(z);
        double left = ORIGIN_X + x * size;
        double top = ORIGIN_Y - y * size;
        return new double[] {left, top - size, left + size, top};
    }

    /** The deepest useful zoom for data of {@code finestRes} metres: tile pixels down to a quarter of a data pixel. */
    public static int maxZoom(double finestRes) {
        int z = 0;
        while (z < MAX_ZOOM && resolution(z) > finestRes / 4) {
            z++;
        }
        return z;
    }

    /** Checks a tile address against the zoom levels this source serves. */
    public static void check(int z, long x, long y, int maxZoom) {
        if (z < 0 || z > maxZoom) {
            throw new InvalidArgumentException("zoom " + z + " is outside this source's tiles: zoom 0.." + maxZoom
                    + " (" + resolution(maxZoom) + " m per pixel at " + maxZoom + ")");
        }
        long n = 1L << z;
        if (x < 0 || y < 0 || x >= n || y >= n) {
            throw new InvalidArgumentException("tile " + z + "/" + x + "/" + y + " does not exist: at zoom " + z
                    + " x and y run from 0 to " + (n - 1));
        }
    }
}
