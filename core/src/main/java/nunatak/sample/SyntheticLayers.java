package nunatak.sample;

import nunatak.catalog.RemaV2Layer;

/**
 * Plausible values for REMA v2's auxiliary layers, as a function of the DEM value and the pixel centre in the
 * world (so tile buffers repeat their neighbours' values, as for the DEM). Where the DEM is nodata every layer is
 * its nodata. {@code count} (DEMs stacked, 1..15) and the dates come in 2.5 km patches, as strip footprints make
 * them; {@code mad} (metres) varies per pixel and shrinks with the count; {@code mindate}/{@code maxdate} are days
 * since 2000-01-01 (late 2009 to 2022); {@code datamask} is 1 where the DEM has data.
 */
final class SyntheticLayers {
    private static final double PATCH = 2500;
    /** 2009-10-16, the sample's earliest acquisition, in days since 2000-01-01. */
    private static final int FIRST_DAY = 3576;

    private final long seed;

    SyntheticLayers(long seed) {
        this.seed = seed;
    }

    /** The value of {@code layer} (not the DEM) at pixel centre (x, y) where the DEM is {@code dem}. */
    double value(RemaV2Layer layer, float dem, double x, double y) {
        if (dem == Terrain.NODATA) {
            return layer.nodata();
        }
        long patch = hash(Math.floorDiv((long) Math.floor(x), (long) PATCH), Math.floorDiv((long) Math.floor(y),
                (long) PATCH), 1);
        int count = 1 + (int) ((patch >>> 3) % 8) + (int) ((patch >>> 17) % 8);
        int minDay = FIRST_DAY + (int) ((patch >>> 29) % 3000);
        return switch (layer) {
            case COUNT -> count;
            case MINDATE -> minDay;
            case MAXDATE -> minDay + (count - 1) * 120;
            case DATAMASK -> 1;
            case MAD -> {
                // Pixel centres lie on half-metre multiples at every REMA resolution: exact integer keys.
                long pixel = hash(Math.round(x * 2), Math.round(y * 2), 2);
                double u = (pixel >>> 11) * 0x1.0p-53;
                yield (float) ((0.04 + 1.6 * u * u * u) / Math.sqrt(count));
            }
            default -> throw new IllegalArgumentException("the DEM is rendered, not derived: " + layer);
        };
    }

    private long hash(long ix, long iy, long field) {
        long h = ix * 0x9E3779B97F4A7C15L + iy * 0xC2B2AE3D27D4EB4FL + seed * 0xD1B54A32D192ED03L + field;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 29)) * 0x94D049BB133111EBL;
        return (h ^ (h >>> 32)) & Long.MAX_VALUE;
    }
}
