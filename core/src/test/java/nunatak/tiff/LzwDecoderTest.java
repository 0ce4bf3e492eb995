package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** LZW streams from a reference encoder (and a few written code by code) decode exactly, or fail loudly. */
class LzwDecoderTest {

    @Test
    void roundTripsNoisyCompressibleAndEmptyData() throws Exception {
        for (int n : new int[] {0, 1, 2, 3, 17, 1000, 100_000, 512 * 512 * 4}) {
            roundTrip(new LzwTestEncoder(), noise(n, 1));
            roundTrip(new LzwTestEncoder(), terrain(n, 2));
            roundTrip(new LzwTestEncoder(), runs(n, 3));
        }
    }

    @Test
    void repeatedByteUsesTheCodeBeingDefined() throws Exception {
        // "aaaa..." makes the encoder send each new code before the decoder has it (the KwKwK case).
        for (int n : new int[] {2, 3, 4, 6, 10, 100, 5000, 300_000}) {
            byte[] data = new byte[n];
            Arrays.fill(data, (byte) 'a');
            roundTrip(new LzwTestEncoder(), data);
        }
    }

    @Test
    void clearCodesMidStream() throws Exception {
        for (int every : new int[] {1, 2, 3, 7, 300, 2000}) {
            LzwTestEncoder enc = new LzwTestEncoder();
            enc.clearEvery = every;
            roundTrip(enc, terrain(50_000, every));
            roundTrip(enc, runs(50_000, every));
        }
    }

    @Test
    void tableFullWithoutClearKeepsTwelveBitCodes() throws Exception {
        LzwTestEncoder enc = new LzwTestEncoder();
        enc.neverClear = true;
        roundTrip(enc, noise(200_000, 4));
        roundTrip(enc, terrain(200_000, 5));
        roundTrip(enc, runs(200_000, 6));
    }

    @Test
    void everyLengthAcrossTheWidthSwitches() throws Exception {
        // Random bytes give about one code per byte, so these lengths end the stream (last code, EOI, padding)
        // at each point around the switches to 10, 11 and 12 bits (table at 511, 1023, 2047 entries).
        byte[] data = noise(4200, 7);
        LzwTestEncoder withEoi = new LzwTestEncoder();
        LzwTestEncoder withoutEoi = new LzwTestEncoder();
        withoutEoi.writeEoi = false;
        for (int n = 1; n <= data.length; n++) {
            byte[] d = Arrays.copyOf(data, n);
            roundTrip(withEoi, d);
            roundTrip(withoutEoi, d);
        }
    }

    @Test
    void dataMayEndWithoutEoi() throws Exception {
        LzwTestEncoder enc = new LzwTestEncoder();
        enc.writeEoi = false;
        for (int n : new int[] {1, 2, 1000, 100_000}) {
            roundTrip(enc, terrain(n, 8));
        }
    }

    @Test
    void bytesAfterEoiAreIgnored() throws Exception {
        byte[] data = terrain(10_000, 9);
        byte[] stream = new LzwTestEncoder().encode(data);
        assertArrayEquals(data, decode(Arrays.copyOf(stream, stream.length + 5), data.length));
    }

    @Test
    void moreDataThanTheBlockIsCorrupt() {
        for (byte[] data : new byte[][] {noise(5000, 10), runs(5000, 11)}) {
            byte[] stream = new LzwTestEncoder().encode(data);
            for (int missing : new int[] {1, 2, 17, 4000}) {
                assertCorrupt(stream, data.length - missing, "more than");
            }
        }
    }

    @Test
    void lessDataThanTheBlockIsCorrupt() {
        byte[] data = terrain(50_000, 12);
        byte[] stream = new LzwTestEncoder().encode(data);
        assertCorrupt(stream, data.length + 1, "ends after");
        LzwTestEncoder noEoi = new LzwTestEncoder();
        noEoi.writeEoi = false;
        byte[] truncated = noEoi.encode(data);
        assertCorrupt(Arrays.copyOf(truncated, truncated.length / 2), data.length, "ends after");
        assertCorrupt(new byte[0], 10, "ends after");
    }

    @Test
    void codesNotInTheTableAreCorrupt() {
        assertCorrupt(codes(256, 9, 'A', 9, 300, 9, 257, 9), 2, "invalid LZW code 300");
        assertCorrupt(codes(256, 9, 258, 9, 257, 9), 2, "invalid LZW code 258");
        assertCorrupt(codes(256, 9, 'A', 9, 'B', 9, 260, 9), 4, "invalid LZW code 260");
        // Entries from before a Clear are gone after it.
        assertCorrupt(codes(256, 9, 'A', 9, 'B', 9, 'C', 9, 259, 9, 256, 9, 'D', 9, 259, 9), 9, "invalid LZW code 259");
    }

    @Test
    void handWrittenStreams() throws Exception {
        // Clear twice, then "AB" + "AB" (code 258) + EOI.
        assertArrayEquals("ABAB".getBytes(), decode(codes(256, 9, 256, 9, 'A', 9, 'B', 9, 258, 9, 257, 9), 4));
        // No Clear at all: the decoder starts fresh anyway.
        assertArrayEquals("AAA".getBytes(), decode(codes('A', 9, 258, 9, 257, 9), 3));
    }

    @Test
    void readsOnlyItsSliceOfTheSource() throws Exception {
        // GDAL's block leader and trailer stay around the data: the decoder must neither read nor need them.
        LzwTestEncoder noEoi = new LzwTestEncoder();
        noEoi.writeEoi = false;
        for (int n : new int[] {1, 5, 3000}) {
            byte[] data = terrain(n, 13);
            byte[] stream = noEoi.encode(data);
            byte[] framed = noise(stream.length + 11, 14);
            System.arraycopy(stream, 0, framed, 4, stream.length);
            byte[] dst = new byte[n + BlockCodec.PADDING];
            LzwDecoder.decode(framed, 4, stream.length, dst, n);
            assertArrayEquals(data, Arrays.copyOf(dst, n));
        }
    }

    @Test
    void oldStyleLzwIsRefused() {
        assertCorrupt(new byte[] {0, 1, 2, 3}, 4, "old-style");
    }

    private static void roundTrip(LzwTestEncoder enc, byte[] data) throws Exception {
        assertArrayEquals(data, decode(enc.encode(data), data.length), () -> data.length + " bytes");
    }

    private static byte[] decode(byte[] stream, int expected) throws BlockCodec.CorruptBlockException {
        byte[] dst = new byte[expected + BlockCodec.PADDING];
        LzwDecoder.decode(stream, 0, stream.length, dst, expected);
        return Arrays.copyOf(dst, expected);
    }

    private static void assertCorrupt(byte[] stream, int expected, String message) {
        BlockCodec.CorruptBlockException e = assertThrows(BlockCodec.CorruptBlockException.class,
                () -> decode(stream, expected));
        assertTrue(e.getMessage().contains(message), e::getMessage);
    }

    /** Packs (code, width) pairs MSB first. */
    private static byte[] codes(int... codeWidth) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long buf = 0;
        int bits = 0;
        for (int i = 0; i < codeWidth.length; i += 2) {
            buf = (buf << codeWidth[i + 1]) | codeWidth[i];
            bits += codeWidth[i + 1];
            while (bits >= 8) {
                bits -= 8;
                out.write((int) (buf >>> bits));
            }
        }
        if (bits > 0) {
            out.write((int) (buf << (8 - bits)));
        }
        return out.toByteArray();
    }

    static byte[] noise(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Little-endian float32 elevations with centimetre noise and nodata runs, as in a REMA block. */
    static byte[] terrain(int n, long seed) {
        Random r = new Random(seed);
        ByteBuffer buf = ByteBuffer.allocate((n + 3) / 4 * 4).order(ByteOrder.LITTLE_ENDIAN);
        double z = 1500;
        while (buf.remaining() >= 4) {
            z += r.nextGaussian();
            buf.putFloat(r.nextInt(50) == 0 ? -9999f : (float) (Math.round(z * 128) / 128.0));
        }
        return Arrays.copyOf(buf.array(), n);
    }

    /** Runs of random length and value: long table strings, copies longer than 16 bytes. */
    static byte[] runs(int n, long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[n];
        int i = 0;
        while (i < n) {
            int len = Math.min(n - i, 1 + r.nextInt(r.nextBoolean() ? 4 : 400));
            Arrays.fill(b, i, i + len, (byte) r.nextInt(3));
            i += len;
        }
        return b;
    }
}
