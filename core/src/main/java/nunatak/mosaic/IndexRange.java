package nunatak.mosaic;

import java.util.ArrayList;
import java.util.List;
import nunatak.InvalidArgumentException;

/**
 * Tile rows or columns from {@code first} to {@code last} inclusive, in either direction, written
 * {@code 40:37} as the REMA notebooks do (rows from north to south).
 *
 * <pre>{@code
 * IndexRange.parse("40:37").indices();   // [40, 39, 38, 37]
 * }</pre>
 */
public record IndexRange(int first, int last) implements java.io.Serializable {

    /** "40:37", "20:23" or a single index "38". */
    public static IndexRange parse(String text) {
        String[] p = text.trim().split(":");
        try {
            if (p.length == 1) {
                int v = Integer.parseInt(p[0].trim());
                return new IndexRange(v, v);
            }
            if (p.length == 2) {
                return new IndexRange(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidArgumentException("tile range '" + text + "' must be FIRST:LAST (e.g. 40:37) or one index");
    }

    /** The indices in order, from {@code first} to {@code last}. */
    public List<Integer> indices() {
        List<Integer> out = new ArrayList<>();
        int step = last >= first ? 1 : -1;
        for (int v = first; v != last + step; v += step) {
            out.add(v);
        }
        return out;
    }

    @Override
    public String toString() {
        return first + ":" + last;
    }
}
