package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LZW decoder's copies without bounds checks ({@link UnsafeWords}) behave exactly as the bounds-checked ones,
 * on good streams and on thousands of damaged ones: the same bytes or the same error, and never a byte written
 * past the block's 8 bytes of slack. The checked decoder is a second copy of the classes, loaded with
 * {@code -Dnunatak.unsafeWords=false} in effect, in a class loader of its own.
 */
class LzwCopyPathsTest {
    private static final byte CANARY = 0x5A;
    private static Method checked;

    @BeforeAll
    static void loadTheCheckedDecoder() throws Exception {
        assumeTrue(UnsafeWords.ENABLED, "this JVM copies with bounds checks anyway");
        URL classes = LzwDecoder.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader loader = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader());
        String before = System.getProperty("nunatak.unsafeWords");
        System.setProperty("nunatak.unsafeWords", "false");
        try {
            Field enabled = Class.forName(UnsafeWords.class.getName(), true, loader).getDeclaredField("ENABLED");
            enabled.setAccessible(true); // package-private in another class loader's package
            assertFalse(enabled.getBoolean(null));
        } finally {
            if (before == null) {
                System.clearProperty("nunatak.unsafeWords");
            } else {
                System.setProperty("nunatak.unsafeWords", before);
            }
        }
        checked = Class.forName(LzwDecoder.class.getName(), true, loader)
                .getDeclaredMethod("decode", byte[].class, int.class, int.class, byte[].class, int.class);
        checked.setAccessible(true);
    }

    @Test
    void goodStreamsDecodeAlike() throws Exception {
        Random r = new Random(1);
        for (int i = 0; i < 300; i++) {
            byte[] data = data(r);
            byte[] stream = encoder(r).encode(data);
            assertArrayEquals(data, Arrays.copyOf(sameOutcome(stream, data.length), data.length));
        }
    }

    @Test
    void damagedStreamsFailOrDecodeAlike() throws Exception {
        Random r = new Random(2);
        int failed = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] data = data(r);
            byte[] stream = damage(encoder(r).encode(data), r);
            int expected = switch (r.nextInt(4)) {
                case 0 -> Math.max(0, data.length - 1 - r.nextInt(64));
                case 1 -> data.length + 1 + r.nextInt(64);
                default -> data.length;
            };
            if (sameOutcome(stream, expected) == null) {
                failed++;
            }
        }
        assertTrue(failed > 1000, failed + " of 3000 damaged streams failed: the damage is too mild to test much");
    }

    @Test
    void anOutputBufferWithoutSlackIsRefused() {
        byte[] stream = new LzwTestEncoder().encode(LzwDecoderTest.terrain(1000, 3));
        assertThrows(IllegalArgumentException.class, () -> LzwDecoder.decode(stream, 0, stream.length, new byte[1007], 1000));
        assertThrows(IndexOutOfBoundsException.class,
                () -> LzwDecoder.decode(stream, 1, stream.length, new byte[1000 + BlockCodec.PADDING], 1000));
    }

    /**
     * Decodes with both copy paths; returns the output, or null when both reported the same corruption. Also checks
     * that nothing was written past {@code expected + 7}.
     */
    private static byte[] sameOutcome(byte[] stream, int expected) throws Exception {
        byte[] fast = buffer(expected);
        byte[] slow = buffer(expected);
        String fastError = null;
        String slowError = null;
        try {
            LzwDecoder.decode(stream, 0, stream.length, fast, expected);
        } catch (BlockCodec.CorruptBlockException e) {
            fastError = e.getMessage();
        }
        try {
            checked.invoke(null, stream, 0, stream.length, slow, expected);
        } catch (InvocationTargetException e) {
            assertEquals(BlockCodec.CorruptBlockException.class.getName(), e.getCause().getClass().getName(),
                    () -> "the checked decoder threw " + e.getCause());
            slowError = e.getCause().getMessage();
        }
        assertEquals(slowError, fastError);
        for (int i = expected + 8; i < fast.length; i++) {
            assertEquals(CANARY, fast[i], "byte " + i + " written past the block's slack");
        }
        if (fastError != null) {
            return null;
        }
        assertArrayEquals(Arrays.copyOf(slow, expected), Arrays.copyOf(fast, expected));
        return fast;
    }

    private static byte[] buffer(int expected) {
        byte[] b = new byte[expected + BlockCodec.PADDING + 48];
        Arrays.fill(b, expected + 8, b.length, CANARY);
        return b;
    }

    private static byte[] data(Random r) {
        int n = r.nextInt(4) == 0 ? r.nextInt(40) : r.nextInt(40_000);
        return switch (r.nextInt(3)) {
            case 0 -> LzwDecoderTest.noise(n, r.nextLong());
            case 1 -> LzwDecoderTest.terrain(n, r.nextLong());
            default -> LzwDecoderTest.runs(n, r.nextLong());
        };
    }

    private static LzwTestEncoder encoder(Random r) {
        LzwTestEncoder enc = new LzwTestEncoder();
        enc.writeEoi = r.nextInt(4) != 0;
        enc.neverClear = r.nextInt(5) == 0;
        enc.clearEvery = r.nextInt(5) == 0 ? 1 + r.nextInt(3000) : 0;
        return enc;
    }

    /** Flipped bits, a span of random bytes, a cut or junk at the end. */
    private static byte[] damage(byte[] s, Random r) {
        if (s.length == 0) {
            return new byte[] {(byte) r.nextInt(256), (byte) r.nextInt(256)};
        }
        byte[] d = s.clone();
        switch (r.nextInt(4)) {
            case 0 -> {
                for (int k = 1 + r.nextInt(5); k > 0; k--) {
                    d[r.nextInt(d.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> {
                int at = r.nextInt(d.length);
                for (int k = at; k < Math.min(d.length, at + 1 + r.nextInt(32)); k++) {
                    d[k] = (byte) r.nextInt(256);
                }
            }
            case 2 -> d = Arrays.copyOf(d, r.nextInt(d.length));
            default -> {
                d = Arrays.copyOf(d, d.length + 1 + r.nextInt(16));
                for (int k = s.length; k < d.length; k++) {
                    d[k] = (byte) r.nextInt(256);
                }
            }
        }
        return d;
    }
}
