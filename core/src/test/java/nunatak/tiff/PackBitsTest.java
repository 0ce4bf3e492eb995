package nunatak.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PackBits round trips, reading only its slice of the source (GDAL's block framing stays around it). */
class PackBitsTest {

    @Test
    void roundTripFromTheMiddleOfABuffer() throws Exception {
        Random r = new Random(1);
        byte[] data = new byte[5000];
        for (int i = 0; i < data.length; i += 1 + r.nextInt(50)) {
            Arrays.fill(data, i, Math.min(data.length, i + r.nextInt(300)), (byte) r.nextInt(4));
        }
        byte[] packed = PackBits.encode(data, 0, data.length);
        byte[] framed = new byte[packed.length + 8];
        Arrays.fill(framed, (byte) 0x7F); // a literal-run header: read past the slice, it would overrun
        System.arraycopy(packed, 0, framed, 4, packed.length);
        byte[] dst = new byte[data.length + BlockCodec.PADDING];
        PackBits.decode(framed, 4, packed.length, dst, data.length);
        assertArrayEquals(data, Arrays.copyOf(dst, data.length));
        assertThrows(BlockCodec.CorruptBlockException.class,
                () -> PackBits.decode(framed, 4, packed.length - 1, dst, data.length));
    }
}
