package nunatak.array;

/** How coordinates and values are written for people and CSV files: "750200" for whole numbers, else Java's digits. */
public final class Labels {
    private Labels() {
    }

    /** {@code 750200.0} as "750200", {@code 712345.6} as "712345.6". */
    public static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
