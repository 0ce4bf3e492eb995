package nunatak.tiff;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Turns decompressed block bytes into {@link Samples}: undoes the predictor and the byte order and picks
 * one band out of pixel-interleaved data; unpacks GDAL's 1-bit masks. Reads use it through {@link GeoTiff};
 * it is public for tools that time decoding stage by stage (after {@link BlockCodec}).
 *
 * <p>Predictor 2 (horizontal differencing) works on the integer representation of each sample, 8/16/32/64
 * bits wide, also for floating-point data, exactly as libtiff does. Predictor 3 (floating point) first
 * un-differences bytes along the whole row, then regroups the byte planes into samples; libtiff writes the
 * planes most significant byte first whatever the file's byte order.
 *
 * <p>Single-band float32, REMA's layout, has its own one-pass paths from bytes to floats: the general ones
 * (several arrays, a byte buffer view) cost more than the decompression itself.
 *
 * <pre>{@code
 * GeoTiff tif = GeoTiff.open("dem.tif");
 * ImageLevel level = tif.level(0);
 * byte[] block = tif.reader().readAll(List.of(new ByteRange(level.offsets()[0], level.byteCounts()[0]))).get(0);
 * byte[] bytes = new byte[level.decodedBytes(0) + BlockCodec.PADDING];
 * BlockCodec.of(level).decode(block, 0, block.length, bytes, level.decodedBytes(0));
 * Samples pixels = SampleDecoder.decode(bytes, level.blockWidth(), level.storedRows(0), level.samplesPerPixel(),
 *         level.dataType(), level.predictor(), level.order());
 * }</pre>
 */
public final class SampleDecoder {
    private static final VarHandle INTS_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private SampleDecoder() {
    }

    /**
     * @param bytes   decompressed data of {@code rows} rows of {@code width} pixels, {@code spp} samples each
     * @param order   the file's byte order
     */
    public static Samples decode(byte[] bytes, int width, int rows, int spp, DataType type, int predictor,
                                 ByteOrder order) {
        return decode(bytes, width, rows, spp, type, predictor, order, null);
    }

    /** As above, writing float32 samples into {@code reuse} when it has exactly the right size. */
    static Samples decode(byte[] bytes, int width, int rows, int spp, DataType type, int predictor, ByteOrder order,
                          Samples reuse) {
        return decode(bytes, width, rows, spp, 0, type, predictor, order, reuse);
    }

    /** As above for sample {@code sample} (0-based) of each pixel. */
    static Samples decode(byte[] bytes, int width, int rows, int spp, int sample, DataType type, int predictor,
                          ByteOrder order, Samples reuse) {
        if (type == DataType.FLOAT32 && spp == 1) {
            float[] into = reuse instanceof Samples.F32 f && f.values().length == width * rows ? f.values()
                    : new float[width * rows];
            return new Samples.F32(float32(bytes, width, rows, predictor, order, into));
        }
        int rowSamples = width * spp;
        int n = rowSamples * rows;
        if (predictor == 3) {
            undoFloatingPointPredictor(bytes, rowSamples, rows, type.bytes(), spp);
            order = ByteOrder.BIG_ENDIAN;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, 0, n * type.bytes()).order(order);
        Samples all;
        switch (type) {
            case FLOAT32 -> {
                float[] f = new float[n];
                if (predictor == 2) {
                    int[] bits = new int[n];
                    buf.asIntBuffer().get(bits);
                    accumulate(bits, rowSamples, rows, spp);
                    for (int i = 0; i < n; i++) {
                        f[i] = Float.intBitsToFloat(bits[i]);
                    }
                } else {
                    buf.asFloatBuffer().get(f);
                }
                all = new Samples.F32(f);
            }
            case FLOAT64 -> {
                double[] d = new double[n];
                if (predictor == 2) {
                    long[] bits = new long[n];
                    buf.asLongBuffer().get(bits);
                    accumulate(bits, rowSamples, rows, spp);
                    for (int i = 0; i < n; i++) {
                        d[i] = Double.longBitsToDouble(bits[i]);
                    }
                } else {
                    buf.asDoubleBuffer().get(d);
                }
                all = new Samples.F64(d);
            }
            default -> all = new Samples.F64(integers(buf, n, type, predictor == 2, rowSamples, rows, spp));
        }
        return spp == 1 ? all : band(all, n / spp, spp, sample);
    }

    private static float[] float32(byte[] bytes, int width, int rows, int predictor, ByteOrder order, float[] f) {
        if (predictor == 3) {
            undoFloatingPointPredictor32(bytes, width, rows, f);
        } else if (predictor == 2 && order == ByteOrder.LITTLE_ENDIAN) {
            // Two loops, not one with the VarHandle in a variable: the JIT compiles only constant ones to loads.
            for (int r = 0; r < rows; r++) {
                int acc = 0;
                for (int i = r * width; i < (r + 1) * width; i++) {
                    acc += (int) INTS_LE.get(bytes, i * 4);
                    f[i] = Float.intBitsToFloat(acc);
                }
            }
        } else if (predictor == 2) {
            for (int r = 0; r < rows; r++) {
                int acc = 0;
                for (int i = r * width; i < (r + 1) * width; i++) {
                    acc += (int) INTS_BE.get(bytes, i * 4);
                    f[i] = Float.intBitsToFloat(acc);
                }
            }
        } else {
            ByteBuffer.wrap(bytes, 0, f.length * 4).order(order).asFloatBuffer().get(f);
        }
        return f;
    }

    /**
     * libtiff's fpAcc for one float32 sample per pixel, fused with the regrouping: a row is four byte planes
     * (most significant first) accumulated as one run, so plane p starts from the sum of the planes before
     * it; with those sums known the four planes accumulate side by side and each float is built at once.
     */
    static void undoFloatingPointPredictor32(byte[] bytes, int width, int rows, float[] out) {
        for (int r = 0; r < rows; r++) {
            int p0 = r * width * 4;
            int p1 = p0 + width;
            int p2 = p1 + width;
            int p3 = p2 + width;
            int a0 = 0;
            int a1 = sum(bytes, p0, width);
            int a2 = a1 + sum(bytes, p1, width);
            int a3 = a2 + sum(bytes, p2, width);
            int o = r * width;
            for (int s = 0; s < width; s++) {
                a0 += bytes[p0 + s];
                a1 += bytes[p1 + s];
                a2 += bytes[p2 + s];
                a3 += bytes[p3 + s];
                int bits = (a0 & 0xFF) << 24 | (a1 & 0xFF) << 16 | (a2 & 0xFF) << 8 | (a3 & 0xFF);
                out[o + s] = Float.intBitsToFloat(bits);
            }
        }
    }

    private static int sum(byte[] bytes, int from, int count) {
        int sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += bytes[i];
        }
        return sum;
    }

    private static double[] integers(ByteBuffer buf, int n, DataType type, boolean pred2, int rowSamples, int rows,
                                     int spp) {
        double[] d = new double[n];
        switch (type.bits()) {
            case 8 -> {
                byte[] v = new byte[n];
                buf.get(v);
                if (pred2) {
                    for (int r = 0; r < rows; r++) {
                        int base = r * rowSamples;
                        for (int i = base + spp; i < base + rowSamples; i++) {
                            v[i] += v[i - spp];
                        }
                    }
                }
                boolean unsigned = type == DataType.UINT8;
                for (int i = 0; i < n; i++) {
                    d[i] = unsigned ? v[i] & 0xFF : v[i];
                }
            }
            case 16 -> {
                short[] v = new short[n];
                buf.asShortBuffer().get(v);
                if (pred2) {
                    for (int r = 0; r < rows; r++) {
                        int base = r * rowSamples;
                        for (int i = base + spp; i < base + rowSamples; i++) {
                            v[i] += v[i - spp];
                        }
                    }
                }
                boolean unsigned = type == DataType.UINT16;
                for (int i = 0; i < n; i++) {
                    d[i] = unsigned ? v[i] & 0xFFFF : v[i];
                }
            }
            default -> {
                int[] v = new int[n];
                buf.asIntBuffer().get(v);
                if (pred2) {
                    accumulate(v, rowSamples, rows, spp);
                }
                boolean unsigned = type == DataType.UINT32;
                for (int i = 0; i < n; i++) {
                    d[i] = unsigned ? v[i] & 0xFFFFFFFFL : v[i];
                }
            }
        }
        return d;
    }

    private static void accumulate(int[] v, int rowSamples, int rows, int stride) {
        for (int r = 0; r < rows; r++) {
            int base = r * rowSamples;
            for (int i = base + stride; i < base + rowSamples; i++) {
                v[i] += v[i - stride];
            }
        }
    }

    private static void accumulate(long[] v, int rowSamples, int rows, int stride) {
        for (int r = 0; r < rows; r++) {
            int base = r * rowSamples;
            for (int i = base + stride; i < base + rowSamples; i++) {
                v[i] += v[i - stride];
            }
        }
    }

    /** libtiff's fpAcc: byte-wise accumulation over each row, then byte planes back into big-endian samples. */
    static void undoFloatingPointPredictor(byte[] bytes, int rowSamples, int rows, int sampleBytes, int spp) {
        int rowBytes = rowSamples * sampleBytes;
        byte[] tmp = new byte[rowBytes];
        for (int r = 0; r < rows; r++) {
            int base = r * rowBytes;
            for (int i = base + spp; i < base + rowBytes; i++) {
                bytes[i] += bytes[i - spp];
            }
            System.arraycopy(bytes, base, tmp, 0, rowBytes);
            for (int s = 0; s < rowSamples; s++) {
                int out = base + s * sampleBytes;
                for (int b = 0; b < sampleBytes; b++) {
                    bytes[out + b] = tmp[b * rowSamples + s];
                }
            }
        }
    }

    private static Samples band(Samples all, int pixels, int spp, int sample) {
        if (all instanceof Samples.F32 f) {
            float[] out = new float[pixels];
            for (int i = 0; i < pixels; i++) {
                out[i] = f.values()[i * spp + sample];
            }
            return new Samples.F32(out);
        }
        double[] in = ((Samples.F64) all).values();
        double[] out = new double[pixels];
        for (int i = 0; i < pixels; i++) {
            out[i] = in[i * spp + sample];
        }
        return new Samples.F64(out);
    }

    /**
     * GDAL's 1-bit masks: rows of bits, most significant first, each row padded to a whole byte; a set bit
     * (valid) reads as 255 and a clear one (masked) as 0, as GDAL's GetMaskBand returns them.
     */
    static Samples bits(byte[] bytes, int width, int rows) {
        int rowBytes = (width + 7) / 8;
        double[] out = new double[width * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                int bit = (bytes[r * rowBytes + (c >> 3)] >> (7 - (c & 7))) & 1;
                out[r * width + c] = bit == 0 ? 0 : 255;
            }
        }
        return new Samples.F64(out);
    }
}
