package nunatak.array;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code DataArray.toString()}: a summary in the spirit of xarray's repr. */
final class ArrayRepr {
    private ArrayRepr() {
    }

    static String format(DataArray a) {
        StringBuilder sb = new StringBuilder("<nunatak.DataArray");
        if (a.name() != null) {
            sb.append(" '").append(a.name()).append('\'');
        }
        sb.append(" (");
        List<String> dims = a.dims();
        for (int i = 0; i < dims.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(dims.get(i)).append(": ").append(a.size(dims.get(i)));
        }
        sb.append(")>\n");
        long items = 1;
        for (int s : a.shape()) {
            items *= s;
        }
        if (a.isLazy()) {
            sb.append("lazy<").append(kind(a.node())).append(", shape=").append(shape(a.shape()))
                    .append(", dtype=").append(a.dtype()).append(", chunksize=").append(chunkSize(a))
                    .append(", ").append(human(items * a.dtype().itemSize())).append(">\n");
        } else {
            sb.append(preview(a)).append('\n');
        }
        sb.append("Coordinates:\n");
        for (String d : dims) {
            double[] c = a.coord(d);
            sb.append(String.format(Locale.ROOT, "  * %-8s (%s) float64 %s%n", d, d, values(c)));
        }
        for (Map.Entry<String, Double> e : a.scalarCoords().entrySet()) {
            sb.append(String.format(Locale.ROOT, "    %-8s float64 %s%n", e.getKey(), num(e.getValue())));
        }
        if (!a.attrs().isEmpty()) {
            sb.append("Attributes:\n");
            for (Map.Entry<String, Object> e : a.attrs().entrySet()) {
                sb.append(String.format(Locale.ROOT, "    %-15s %s%n", e.getKey() + ":", attr(e.getValue())));
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String kind(Node n) {
        if (n instanceof Node.Mosaic m) {
            return "mosaic of " + m.layout().tiles().size() + " tiles";
        }
        if (n instanceof Node.Pointwise) {
            return "where";
        }
        if (n instanceof Node.Index) {
            return "getitem";
        }
        if (n instanceof Node.Coarsen c) {
            return "coarsen-" + c.reducer().label();
        }
        return "memory";
    }

    private static String shape(int[] s) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            sb.append(i > 0 ? ", " : "").append(s[i]);
        }
        return sb.append(s.length == 1 ? ",)" : ")").toString();
    }

    private static String chunkSize(DataArray a) {
        List<int[]> ch = a.chunks();
        int[] m = new int[ch.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = Chunks.max(ch.get(i));
        }
        return shape(m);
    }

    private static String preview(DataArray a) {
        Grid g = ((Node.Memory) a.node()).grid();
        int n = g.rows() * g.cols();
        StringBuilder sb = new StringBuilder("array([");
        for (int i = 0; i < Math.min(n, 6); i++) {
            sb.append(i > 0 ? ", " : "").append(num(g.values().get(i)));
        }
        return sb.append(n > 6 ? ", ...], dtype=" : "], dtype=").append(a.dtype()).append(')').toString();
    }

    private static String values(double[] c) {
        StringBuilder sb = new StringBuilder();
        int n = c.length;
        if (n <= 6) {
            for (int i = 0; i < n; i++) {
                sb.append(i > 0 ? " " : "").append(num(c[i]));
            }
            return sb.toString();
        }
        return num(c[0]) + " " + num(c[1]) + " " + num(c[2]) + " ... " + num(c[n - 3]) + " " + num(c[n - 2]) + " "
                + num(c[n - 1]);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e7 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String attr(Object v) {
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(l.get(i) instanceof Double d ? num(d) : String.valueOf(l.get(i)));
            }
            return sb.append(l.size() == 1 ? ",)" : ")").toString();
        }
        return String.valueOf(v);
    }

    static String human(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.2f %s", v, units[u]);
    }
}
