package nunatak.tiff;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * One little-endian IFD being written, classic or BigTIFF: entries sorted by tag as TIFF requires, values
 * that fit in the entry stored inline, longer ones right after the directory, each padded to a word.
 */
final class TiffDirectory {
    private record Field(FieldType type, long count, byte[] bytes) {
    }

    private final boolean big;
    private final Map<Integer, Field> fields = new TreeMap<>();

    TiffDirectory(boolean big) {
        this.big = big;
    }

    void putShort(int tag, int... values) {
        ByteBuffer b = buffer(2 * values.length);
        for (int v : values) {
            b.putShort((short) v);
        }
        fields.put(tag, new Field(FieldType.SHORT, values.length, b.array()));
    }

    void putLong(int tag, long... values) {
        ByteBuffer b = buffer(4 * values.length);
        for (long v : values) {
            b.putInt((int) v);
        }
        fields.put(tag, new Field(FieldType.LONG, values.length, b.array()));
    }

    /** LONG8 in BigTIFF, LONG in classic TIFF (whose offsets are 32-bit). */
    void putOffsets(int tag, long... values) {
        if (!big) {
            putLong(tag, values);
            return;
        }
        ByteBuffer b = buffer(8 * values.length);
        for (long v : values) {
            b.putLong(v);
        }
        fields.put(tag, new Field(FieldType.LONG8, values.length, b.array()));
    }

    /** SHORT when the value fits, LONG otherwise, as libtiff writes sizes. */
    void putShortOrLong(int tag, long value) {
        if (value <= 0xFFFF) {
            putShort(tag, (int) value);
        } else {
            putLong(tag, value);
        }
    }

    void putDouble(int tag, double... values) {
        ByteBuffer b = buffer(8 * values.length);
        for (double v : values) {
            b.putDouble(v);
        }
        fields.put(tag, new Field(FieldType.DOUBLE, values.length, b.array()));
    }

    /** NUL-terminated text; GDAL writes UTF-8 into ASCII fields, so do we. */
    void putAscii(int tag, String text) {
        byte[] s = text.getBytes(StandardCharsets.UTF_8);
        byte[] z = java.util.Arrays.copyOf(s, s.length + 1);
        fields.put(tag, new Field(FieldType.ASCII, z.length, z));
    }

    private int inlineBytes() {
        return big ? 8 : 4;
    }

    private int align() {
        return big ? 8 : 4;
    }

    /** Bytes the directory takes with its out-of-line values. */
    long size() {
        long n = big ? 8 + 20L * fields.size() + 8 : 2 + 12L * fields.size() + 4;
        for (Field f : fields.values()) {
            if (f.bytes.length > inlineBytes()) {
                n = pad(n) + f.bytes.length;
            }
        }
        return pad(n);
    }

    private long pad(long n) {
        return (n + align() - 1) / align() * align();
    }

    /** Writes the directory at {@code b}'s file offset {@code at} (the buffer starts at file offset 0). */
    void write(ByteBuffer b, long at, long nextIfd) {
        long values = big ? at + 8 + 20L * fields.size() + 8 : at + 2 + 12L * fields.size() + 4;
        int p = (int) at;
        if (big) {
            b.putLong(p, fields.size());
            p += 8;
        } else {
            b.putShort(p, (short) fields.size());
            p += 2;
        }
        for (Map.Entry<Integer, Field> e : fields.entrySet()) {
            Field f = e.getValue();
            b.putShort(p, (short) (int) e.getKey());
            b.putShort(p + 2, (short) f.type.code);
            if (big) {
                b.putLong(p + 4, f.count);
                p += 12;
            } else {
                b.putInt(p + 4, (int) f.count);
                p += 8;
            }
            if (f.bytes.length <= inlineBytes()) {
                b.put(p, f.bytes);
            } else {
                values = pad(values);
                if (big) {
                    b.putLong(p, values);
                } else {
                    b.putInt(p, (int) values);
                }
                b.put((int) values, f.bytes);
                values += f.bytes.length;
            }
            p += inlineBytes();
        }
        if (big) {
            b.putLong(p, nextIfd);
        } else {
            b.putInt(p, (int) nextIfd);
        }
    }

    private static ByteBuffer buffer(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
