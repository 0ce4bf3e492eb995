package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The encoder against the project's strict decoder, on data that exercises every code width and table reset. */
class LzwEncoderTest {
    private final LzwEncoder encoder = new LzwEncoder();

    @Test
    void everyLengthUpTo5000RoundTrips() throws Exception {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int len = 1; len <= 5000; len += 1 + len / 50) {
            for (int alphabet : new int[] {2, 16, 256}) {
                byte[] src = new byte[len];
                for (int i = 0; i < len; i++) {
                    src[i] = (byte) rnd.nextInt(alphabet);
                }
                roundTrip(src);
            }
        }
    }

    /** Lengths where the last code lands just before, on and after the 9-to-10-bit switch and a table reset. */
    @Test
    void endsAtEveryCodeWidthSwitch() throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        byte[] noise = new byte[20_000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) rnd.nextInt(256);
        }
        for (int len = 200; len < 20_000; len++) {
            if (len < 700 || (len > 3700 && len < 4500) || (len > 7800 && len < 8600) || len % 97 == 0) {
                roundTrip(Arrays.copyOf(noise, len));
            }
        }
    }

    @Test
    void compressibleAndIncompressibleBlocks() throws Exception {
        byte[] zeros = new byte[1 << 20];
        int n = roundTrip(zeros);
        assertTrue(n < 20_000, "a megabyte of zeros compresses to " + n + " bytes");
        byte[] random = new byte[1 << 20];
        new SplittableRandom(3).nextBytes(random);
        int m = roundTrip(random);
        assertTrue(m < random.length * 3 / 2, "random data expands to " + m + " bytes");
        byte[] ramp = new byte[600_000];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) (i / 1000 + (i % 7));
        }
        roundTrip(ramp);
    }

    private int roundTrip(byte[] src) throws Exception {
        int n = encoder.encode(src, src.length);
        byte[] compressed = Arrays.copyOf(encoder.buffer(), n);
        byte[] out = new byte[src.length + BlockCodec.PADDING];
        LzwDecoder.decode(compressed, 0, n, out, src.length);
        assertArrayEquals(src, Arrays.copyOf(out, src.length), () -> "length " + src.length);
        return n;
    }
}
