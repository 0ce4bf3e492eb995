package nunatak.tiff;

/**
 * Computes an overview level from the rows of the level above it as they stream past, holding at most one
 * source row: {@link Resampling#NEAREST} picks GDAL's source pixel, {@link Resampling#AVERAGE} averages
 * 2 x 2 pixels ignoring nodata and NaN.
 */
final class Downsampler {
    private final int srcWidth;
    private final int srcHeight;
    private final LevelEncoder dst;
    private final Resampling resampling;
    private final RasterSpec spec;
    private final double empty;
    private final int[] cols;
    private final Object out;
    private final double[] pending;
    private int srcRow;
    private int dstRow;

    Downsampler(int srcWidth, int srcHeight, LevelEncoder dst, Resampling resampling, RasterSpec spec) {
        this.srcWidth = srcWidth;
        this.srcHeight = srcHeight;
        this.dst = dst;
        this.resampling = resampling;
        this.spec = spec;
        this.empty = spec.nodata() == null ? Double.NaN : spec.nodata();
        this.cols = new int[dst.width];
        for (int i = 0; i < dst.width; i++) {
            cols[i] = nearest(i, srcWidth, dst.width);
        }
        boolean f32 = spec.dataType() == DataType.FLOAT32;
        this.out = f32 ? new float[dst.width] : new double[dst.width];
        this.pending = resampling == Resampling.AVERAGE ? new double[srcWidth] : null;
    }

    /** GDAL's nearest source index for destination index {@code i}: {@code (int) (0.5 + i * src / dst)}. */
    static int nearest(int i, int src, int dst) {
        return Math.min(src - 1, (int) (0.5 + i * ((double) src / dst)));
    }

    /** The next source row, {@code srcWidth} values from {@code off} of a {@code float[]} or {@code double[]}. */
    void acceptRow(Object buf, int off) {
        int r = srcRow++;
        if (resampling == Resampling.NEAREST) {
            while (dstRow < dst.height && nearest(dstRow, srcHeight, dst.height) == r) {
                pick(buf, off);
                emit();
            }
        } else if ((r & 1) == 0) {
            for (int c = 0; c < srcWidth; c++) {
                pending[c] = get(buf, off + c);
            }
            if (r == srcHeight - 1) {
                average(null, 0);
                emit();
            }
        } else {
            average(buf, off);
            emit();
        }
    }

    private void pick(Object buf, int off) {
        int n = cols.length;
        if (out instanceof float[] o) {
            float[] s = (float[]) buf;
            for (int i = 0; i < n; i++) {
                o[i] = s[off + cols[i]];
            }
        } else {
            double[] o = (double[]) out;
            double[] s = (double[]) buf;
            for (int i = 0; i < n; i++) {
                o[i] = s[off + cols[i]];
            }
        }
    }

    /** Averages {@code pending} with the given row (null when the source ends on an unpaired row). */
    private void average(Object buf, int off) {
        int n = dst.width;
        for (int i = 0; i < n; i++) {
            int c0 = 2 * i;
            int c1 = Math.min(c0 + 1, srcWidth - 1);
            double sum = 0;
            int count = 0;
            // Row-major order, as GDAL sums, so float64 means agree to the last bit.
            for (int c = c0; c <= c1; c++) {
                double a = pending[c];
                if (!spec.isInvalid(a)) {
                    sum += a;
                    count++;
                }
            }
            for (int c = c0; buf != null && c <= c1; c++) {
                double b = get(buf, off + c);
                if (!spec.isInvalid(b)) {
                    sum += b;
                    count++;
                }
            }
            double v = count == 0 ? empty : sum / count;
            if (out instanceof float[] o) {
                o[i] = (float) v;
            } else {
                ((double[]) out)[i] = v;
            }
        }
    }

    private void emit() {
        dst.accept(out, 0, 1);
        dstRow++;
    }

    private static double get(Object buf, int i) {
        return buf instanceof float[] f ? f[i] : ((double[]) buf)[i];
    }
}
