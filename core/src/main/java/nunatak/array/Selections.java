package nunatak.array;

import nunatak.InvalidArgumentException;

/** Positional and label selections of a {@link DataArray}, keeping coordinates, chunks and georeferencing true. */
final class Selections {
    private Selections() {
    }

    /** {@code isel(dim=i)}: drops the dimension, keeping its coordinate as a scalar. */
    static DataArray iselPoint(DataArray a, int axis, int index) {
        int n = axis == 0 ? a.node().rows() : a.node().cols();
        int i = index < 0 ? n + index : index;
        if (i < 0 || i >= n) {
            throw new InvalidArgumentException("index " + index + " is out of bounds for dimension " + a.dimOf(axis)
                    + " of size " + n);
        }
        ArrayParts b = a.parts();
        b.scalars.put(a.dimOf(axis), a.coordOf(axis)[i]);
        b.dimOf[axis] = null;
        b.coordOf[axis] = null;
        b.chunks[axis] = new int[] {1};
        b.node = indexNode(a.node(), axis, new IndexMap(i, 1, 1));
        b.georef = b.georef == null ? null : b.georef.afterIndex(axis, i, 1);
        return new DataArray(b);
    }

    static DataArray iselSlice(DataArray a, int axis, Slice slice) {
        IndexMap map = slice.resolve(axis == 0 ? a.node().rows() : a.node().cols());
        ArrayParts b = a.parts();
        double[] c = a.coordOf(axis);
        double[] picked = new double[map.count()];
        for (int k = 0; k < picked.length; k++) {
            picked[k] = c[map.at(k)];
        }
        b.coordOf[axis] = picked;
        b.chunks[axis] = Chunks.afterIndex(a.chunksOf(axis), map);
        b.node = indexNode(a.node(), axis, map);
        b.georef = b.georef == null ? null : b.georef.afterIndex(axis, map.start(), map.step());
        return new DataArray(b);
    }

    /** Pixels whose centres lie in the box, as {@code sel(x=slice(xmin, xmax), y=slice(ymax, ymin))}. */
    static DataArray box(DataArray a, double xmin, double ymin, double xmax, double ymax) {
        if (!(xmin <= xmax) || !(ymin <= ymax)) {
            throw new InvalidArgumentException("box (" + xmin + ", " + ymin + ", " + xmax + ", " + ymax
                    + ") must be xmin,ymin,xmax,ymax with xmin <= xmax and ymin <= ymax");
        }
        DataArray out = a;
        for (String dim : new String[] {"x", "y"}) {
            double lo = dim.equals("x") ? xmin : ymin;
            double hi = dim.equals("x") ? xmax : ymax;
            double[] c = out.coord(dim);
            boolean increasing = c.length < 2 || c[c.length - 1] >= c[0];
            out = increasing ? out.sel(dim, lo, hi) : out.sel(dim, hi, lo);
        }
        if (out.size("x") == 0 || out.size("y") == 0) {
            throw new InvalidArgumentException("the box (" + xmin + ", " + ymin + ", " + xmax + ", " + ymax
                    + ") holds no pixel centre of this array, which spans x " + a.coord("x")[0] + " .. "
                    + a.coord("x")[a.size("x") - 1] + ", y " + a.coord("y")[a.size("y") - 1] + " .. " + a.coord("y")[0]);
        }
        return out;
    }

    private static Node indexNode(Node node, int axis, IndexMap map) {
        IndexMap rows = axis == 0 ? map : IndexMap.identity(node.rows());
        IndexMap cols = axis == 1 ? map : IndexMap.identity(node.cols());
        return new Node.Index(node, rows, cols);
    }
}
