package nunatak.tiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Turns pixel values into the bytes of one little-endian block, ready for compression: the exact inverse of
 * {@link SampleDecoder}. Predictor 2 differences the integer representation of each sample (also for floats,
 * wrapping around as libtiff does); predictor 3 splits each row into byte planes, most significant first,
 * then differences the bytes along the row. The part of an edge block outside the image is zero, as GDAL
 * writes it.
 */
final class SampleEncoder {
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private SampleEncoder() {
    }

    /**
     * Encodes the block whose top-left pixel is {@code src[col0]}: {@code cols x rows} values taken from rows
     * {@code stride} apart, into {@code dst} as a {@code size x size} block.
     *
     * @param src     {@code float[]} for FLOAT32, {@code double[]} holding already-rounded values otherwise
     * @param rowBits scratch of at least {@code size} longs
     */
    static void encode(Object src, int stride, int col0, int cols, int rows, int size, DataType type, int predictor,
                       byte[] dst, long[] rowBits) {
        int bps = type.bytes();
        int rowBytes = size * bps;
        if (type == DataType.FLOAT32 && predictor == 1) {
            float[] f = (float[]) src;
            for (int r = 0; r < rows; r++) {
                int s = r * stride + col0;
                int d = r * rowBytes;
                for (int c = 0; c < cols; c++) {
                    INTS.set(dst, d + 4 * c, Float.floatToRawIntBits(f[s + c]));
                }
                Arrays.fill(dst, d + 4 * cols, d + rowBytes, (byte) 0);
            }
        } else {
            for (int r = 0; r < rows; r++) {
                bits(src, r * stride + col0, cols, type, rowBits);
                Arrays.fill(rowBits, cols, size, 0L);
                int d = r * rowBytes;
                switch (predictor) {
                    case 2 -> {
                        for (int c = size - 1; c > 0; c--) {
                            rowBits[c] -= rowBits[c - 1];
                        }
                        littleEndian(rowBits, size, bps, dst, d);
                    }
                    case 3 -> floatingPoint(rowBits, size, bps, dst, d);
                    default -> littleEndian(rowBits, size, bps, dst, d);
                }
            }
        }
        Arrays.fill(dst, rows * rowBytes, size * rowBytes, (byte) 0);
    }

    /** The integer representation of {@code n} samples (two's complement for signed, raw IEEE bits for floats). */
    private static void bits(Object src, int from, int n, DataType type, long[] out) {
        if (src instanceof float[] f) {
            for (int i = 0; i < n; i++) {
                out[i] = Float.floatToRawIntBits(f[from + i]);
            }
            return;
        }
        double[] d = (double[]) src;
        if (type == DataType.FLOAT64) {
            for (int i = 0; i < n; i++) {
                out[i] = Double.doubleToRawLongBits(d[from + i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = (long) d[from + i];
            }
        }
    }

    private static void littleEndian(long[] v, int n, int bps, byte[] dst, int at) {
        int p = at;
        for (int i = 0; i < n; i++) {
            long x = v[i];
            for (int b = 0; b < bps; b++) {
                dst[p++] = (byte) (x >>> (8 * b));
            }
        }
    }

    /** libtiff's fpDiff: byte planes most significant first, then each byte minus its left neighbour. */
    private static void floatingPoint(long[] v, int n, int bps, byte[] dst, int at) {
        for (int i = 0; i < n; i++) {
            long x = v[i];
            for (int b = 0; b < bps; b++) {
                dst[at + b * n + i] = (byte) (x >>> (8 * (bps - 1 - b)));
            }
        }
        for (int i = at + n * bps - 1; i > at; i--) {
            dst[i] -= dst[i - 1];
        }
    }
}
