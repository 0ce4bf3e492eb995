package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Float32 blocks encoded here as libtiff encodes them (predictors 1, 2, 3; both byte orders) decode bit-exactly. */
class SampleDecoderTest {

    @Test
    void float32EveryPredictorAndByteOrder() {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            for (int predictor = 1; predictor <= 3; predictor++) {
                for (int[] shape : new int[][] {{1, 1}, {7, 3}, {512, 4}, {33, 17}}) {
                    int width = shape[0];
                    int rows = shape[1];
                    int[] bits = samples(width * rows, predictor * 31L + width);
                    byte[] bytes = encode(bits, width, rows, predictor, order);
                    Samples s = SampleDecoder.decode(bytes, width, rows, 1, DataType.FLOAT32, predictor, order);
                    float[] f = ((Samples.F32) s).values();
                    int[] decoded = new int[f.length];
                    for (int i = 0; i < f.length; i++) {
                        decoded[i] = Float.floatToRawIntBits(f[i]);
                    }
                    assertArrayEquals(bits, decoded, order + ", predictor " + predictor + ", " + width + " x " + rows);
                }
            }
        }
    }

    /** Elevations, nodata, and a few arbitrary bit patterns (NaNs, denormals, negative zero). */
    private static int[] samples(int n, long seed) {
        Random r = new Random(seed);
        int[] v = new int[n];
        float z = 800;
        for (int i = 0; i < n; i++) {
            z += (float) r.nextGaussian();
            v[i] = switch (r.nextInt(10)) {
                case 0 -> Float.floatToRawIntBits(-9999f);
                case 1 -> r.nextInt();
                default -> Float.floatToRawIntBits(z);
            };
        }
        return v;
    }

    private static byte[] encode(int[] bits, int width, int rows, int predictor, ByteOrder order) {
        ByteBuffer out = ByteBuffer.allocate(bits.length * 4 + BlockCodec.PADDING).order(order);
        for (int r = 0; r < rows; r++) {
            int base = r * width;
            if (predictor == 3) {
                // libtiff's fpDiff: byte planes, most significant first, then bytes differenced along the row.
                byte[] row = new byte[width * 4];
                for (int s = 0; s < width; s++) {
                    for (int b = 0; b < 4; b++) {
                        row[b * width + s] = (byte) (bits[base + s] >>> (24 - 8 * b));
                    }
                }
                for (int i = row.length - 1; i > 0; i--) {
                    row[i] -= row[i - 1];
                }
                out.put(row);
            } else {
                for (int s = 0; s < width; s++) {
                    out.putInt(predictor == 2 && s > 0 ? bits[base + s] - bits[base + s - 1] : bits[base + s]);
                }
            }
        }
        return out.array();
    }
}
