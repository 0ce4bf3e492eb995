package nunatak.tiff;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Image File Directory with its tag values resolved: integers as {@code long[]}, floating and
 * rational values as {@code double[]}, ASCII as a String. Tags nunatak has no use for keep only their
 * type and count, so a huge private tag is never fetched.
 *
 * @param index  position in the IFD chain (0 = first)
 * @param offset byte offset of the directory in the file
 */
record Ifd(int index, long offset, Map<Integer, Value> values) {

    /** A resolved tag value; exactly one of the arrays/text is set for tags that were resolved. */
    record Value(int type, long count, long[] longs, double[] doubles, String text) {
    }

    Ifd {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    boolean has(int tag) {
        return values.containsKey(tag);
    }

    long[] longs(int tag) {
        Value v = values.get(tag);
        return v == null ? null : v.longs();
    }

    long longValue(int tag, long dflt) {
        long[] v = longs(tag);
        return v == null || v.length == 0 ? dflt : v[0];
    }

    /** A BYTE or UNDEFINED array (JPEGTables) as bytes, or null. */
    byte[] bytes(int tag) {
        long[] v = longs(tag);
        if (v == null) {
            return null;
        }
        byte[] b = new byte[v.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    double[] doubles(int tag) {
        Value v = values.get(tag);
        if (v == null) {
            return null;
        }
        if (v.doubles() != null) {
            return v.doubles();
        }
        if (v.longs() != null) {
            double[] d = new double[v.longs().length];
            for (int i = 0; i < d.length; i++) {
                d[i] = v.longs()[i];
            }
            return d;
        }
        return null;
    }

    String text(int tag) {
        Value v = values.get(tag);
        return v == null ? null : v.text();
    }
}
