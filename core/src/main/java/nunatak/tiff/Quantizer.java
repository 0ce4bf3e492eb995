package nunatak.tiff;

import nunatak.InvalidArgumentException;

/**
 * Brings values into the domain of the sample type before they are stored or resampled, so overviews are
 * computed from exactly the values the file holds. Integers are rounded half up and clamped to the type's
 * range (as GDAL's copy does); NaN, which integers cannot hold, becomes the nodata value, or 0 without one.
 */
final class Quantizer {
    private final DataType type;
    private final double min;
    private final double max;
    private final double nanValue;

    Quantizer(DataType type, Double nodata) {
        this.type = type;
        this.min = switch (type) {
            case UINT8, UINT16, UINT32 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            default -> Double.NEGATIVE_INFINITY;
        };
        this.max = switch (type) {
            case UINT8 -> 255;
            case INT8 -> Byte.MAX_VALUE;
            case UINT16 -> 65535;
            case INT16 -> Short.MAX_VALUE;
            case UINT32 -> 4294967295.0;
            case INT32 -> Integer.MAX_VALUE;
            default -> Double.POSITIVE_INFINITY;
        };
        if (nodata != null && !type.isFloating()
                && (nodata != Math.rint(nodata) || nodata < min || nodata > max)) {
            throw new InvalidArgumentException("nodata " + nodata + " cannot be stored as " + type + " (integers "
                    + (long) min + ".." + (long) max + "); choose a nodata value inside that range");
        }
        this.nanValue = nodata == null ? 0 : nodata;
    }

    double apply(double v) {
        if (type.isFloating()) {
            return type == DataType.FLOAT32 ? (float) v : v;
        }
        if (v != v) {
            return nanValue;
        }
        double r = Math.floor(v + 0.5);
        return r < min ? min : Math.min(r, max);
    }

    boolean isIdentity() {
        return type == DataType.FLOAT64;
    }
}
