package nunatak.source;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Bytes {@code offset .. offset + length - 1} of {@code array}: one range's share of a merged request, read in place
 * instead of copied out (a scan of REMA tiles fetches half a gigabyte in merged requests; copying each block out
 * doubled the bytes allocated, and with them the collector's pauses). Treat the array as read-only.
 *
 * <pre>{@code
 * List<ByteRange> ranges = List.of(new ByteRange(0, 8), new ByteRange(16, 8));
 * List<ByteSlice> got = RangeReader.open("dem.tif", SourceOptions.DEFAULT).readSlices(ranges, false, null);
 * byte first = got.get(1).array()[got.get(1).offset()];   // byte 16 of dem.tif
 * }</pre>
 */
public record ByteSlice(byte[] array, int offset, int length) implements Serializable {
    public ByteSlice {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new IllegalArgumentException("slice " + offset + "+" + length + " of " + array.length + " bytes");
        }
    }

    public static ByteSlice of(byte[] array) {
        return new ByteSlice(array, 0, array.length);
    }

    /** The bytes as an array of their own: the backing array itself when the slice is all of it. */
    public byte[] toArray() {
        return offset == 0 && length == array.length ? array : Arrays.copyOfRange(array, offset, offset + length);
    }
}
