package nunatak.array;

import nunatak.tiff.DataType;

/**
 * Element types of arrays, named as numpy names them. float32 is stored as {@code float[]}, everything
 * else as {@code double[]} (exact for every integer type here up to 2^53).
 */
public enum Dtype {
    UINT8, INT8, UINT16, INT16, UINT32, INT32, INT64, FLOAT32, FLOAT64;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isFloating() {
        return this == FLOAT32 || this == FLOAT64;
    }

    public int itemSize() {
        return switch (this) {
            case UINT8, INT8 -> 1;
            case UINT16, INT16 -> 2;
            case UINT32, INT32, FLOAT32 -> 4;
            case INT64, FLOAT64 -> 8;
        };
    }

    /** What numpy gives when NaN must be representable: float32 stays, integers become float64. */
    public Dtype withNaN() {
        return isFloating() ? this : FLOAT64;
    }

    public static Dtype of(DataType t) {
        return valueOf(t.name());
    }

    /** The file type to store this dtype in (int64 counts are written as float64). */
    public DataType toDataType() {
        return this == INT64 ? DataType.FLOAT64 : DataType.valueOf(name());
    }

    @Override
    public String toString() {
        return label();
    }
}
