package nunatak.analysis;

import java.util.Locale;
import nunatak.InvalidArgumentException;

/**
 * How {@link PointSampler} reads a value at a point: {@code BILINEAR} weighs the four pixel centres around it,
 * {@code NEAREST} takes the pixel whose area holds it.
 *
 * <pre>{@code
 * SamplingMethod m = SamplingMethod.parse("bilinear");
 * }</pre>
 */
public enum SamplingMethod {
    BILINEAR, NEAREST;

    public static SamplingMethod parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("sampling method '" + name + "' is not one of bilinear, nearest", e);
        }
    }
}
