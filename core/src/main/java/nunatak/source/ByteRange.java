package nunatak.source;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * A contiguous span of bytes in an object: {@code [offset, offset + length)}.
 *
 * <pre>{@code
 * ByteRange header = new ByteRange(0, 16384);
 * header.toString();   // "bytes 0-16383", as HTTP writes it
 * }</pre>
 */
public record ByteRange(long offset, long length) implements Serializable, Comparable<ByteRange> {

    public ByteRange {
        if (offset < 0 || length < 0) {
            throw new InvalidArgumentException("negative byte range: offset " + offset + ", length " + length);
        }
    }

    /** Exclusive end. */
    public long end() {
        return offset + length;
    }

    public boolean contains(ByteRange other) {
        return other.offset >= offset && other.end() <= end();
    }

    /** HTTP style, inclusive end: {@code bytes 0-16383}. */
    @Override
    public String toString() {
        return length == 0 ? "bytes " + offset + "-(empty)" : "bytes " + offset + "-" + (end() - 1);
    }

    @Override
    public int compareTo(ByteRange o) {
        int c = Long.compare(offset, o.offset);
        return c != 0 ? c : Long.compare(length, o.length);
    }
}
