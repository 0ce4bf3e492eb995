package nunatak;

import java.io.Serializable;

/**
 * Bytes {@code offset .. offset + length - 1} of an object, as an error reports them.
 *
 * <pre>{@code
 * try {
 *     GeoTiff.open("dem.tif").read(new Window(0, 0, 512, 512));
 * } catch (NunatakException e) {
 *     e.range().ifPresent(r -> System.err.println("failed at " + r));   // bytes 16384-540671
 * }
 * }</pre>
 */
public record ByteSpan(long offset, long length) implements Serializable {

    public long last() {
        return offset + length - 1;
    }

    @Override
    public String toString() {
        return "bytes " + offset + "-" + last();
    }
}
