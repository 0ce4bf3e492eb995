package nunatak.tiff;

/**
 * How {@link CogWriter} computes each overview level from the level above it (each level from the previous
 * one, as GDAL does).
 *
 * <pre>{@code
 * CogWriteOptions o = CogWriteOptions.DEFAULT.withResampling(Resampling.NEAREST);   // overviews of classes or counts
 * }</pre>
 */
public enum Resampling {
    /**
     * The source pixel GDAL's nearest resampling picks: column {@code (int) (0.5 + i * srcWidth / dstWidth)},
     * likewise for rows. For even sizes that is pixel {@code (2i, 2j)}; the values match {@code gdaladdo -r nearest}.
     */
    NEAREST("NEAREST"),
    /**
     * The mean of the 2 x 2 source pixels (fewer at an odd last row or column) that are neither nodata nor NaN;
     * nodata where none is valid. Integer types are rounded half up. For even sizes this is what
     * {@code gdaladdo -r average} gives; for odd sizes GDAL weights partial pixels instead.
     */
    AVERAGE("AVERAGE");

    private final String gdalName;

    Resampling(String gdalName) {
        this.gdalName = gdalName;
    }

    /** The name GDAL uses (e.g. for the OVR_RESAMPLING_ALG metadata item). */
    public String gdalName() {
        return gdalName;
    }

    public static Resampling parse(String name) {
        for (Resampling r : values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw new nunatak.InvalidArgumentException("unknown resampling '" + name + "'; use NEAREST or AVERAGE");
    }
}
