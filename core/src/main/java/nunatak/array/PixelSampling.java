package nunatak.array;

/**
 * A value at a point given in continuous pixel coordinates (pixel (r, c) spans [r, r+1) x [c, c+1), its centre at
 * (r + 0.5, c + 0.5)): the pixel holding the point, or the four centres around it weighted bilinearly; NaN outside
 * the grid or when a needed pixel is NaN.
 */
public final class PixelSampling {
    /** Reads one pixel. */
    @FunctionalInterface
    public interface Pixels {
        double get(int row, int col);
    }

    private PixelSampling() {
    }

    public static double at(Pixels px, int rows, int cols, double rowPos, double colPos, SampleMethod method) {
        if (!(rowPos >= 0 && rowPos <= rows && colPos >= 0 && colPos <= cols)) {
            return Double.NaN;
        }
        if (method == SampleMethod.NEAREST) {
            int r = Math.min(rows - 1, (int) Math.floor(rowPos));
            int c = Math.min(cols - 1, (int) Math.floor(colPos));
            return px.get(r, c);
        }
        double rf = rowPos - 0.5;
        double cf = colPos - 0.5;
        int r0 = (int) Math.floor(rf);
        int c0 = (int) Math.floor(cf);
        double fy = rf - r0;
        double fx = cf - c0;
        int r1 = fy == 0 ? r0 : r0 + 1;
        int c1 = fx == 0 ? c0 : c0 + 1;
        if (r0 < 0 || c0 < 0 || r1 >= rows || c1 >= cols) {
            return Double.NaN;
        }
        double v00 = px.get(r0, c0);
        double v01 = px.get(r0, c1);
        double v10 = px.get(r1, c0);
        double v11 = px.get(r1, c1);
        return (1 - fy) * ((1 - fx) * v00 + fx * v01) + fy * ((1 - fx) * v10 + fx * v11);
    }

    /** The pixels {@link #at} reads for a point: rows {@code [r0, r1]} and columns {@code [c0, c1]}, or null outside. */
    public static int[] footprint(int rows, int cols, double rowPos, double colPos, SampleMethod method) {
        if (!(rowPos >= 0 && rowPos <= rows && colPos >= 0 && colPos <= cols)) {
            return null;
        }
        if (method == SampleMethod.NEAREST) {
            int r = Math.min(rows - 1, (int) Math.floor(rowPos));
            int c = Math.min(cols - 1, (int) Math.floor(colPos));
            return new int[] {r, r, c, c};
        }
        int r0 = (int) Math.floor(rowPos - 0.5);
        int c0 = (int) Math.floor(colPos - 0.5);
        int r1 = rowPos - 0.5 == r0 ? r0 : r0 + 1;
        int c1 = colPos - 0.5 == c0 ? c0 : c0 + 1;
        return r0 < 0 || c0 < 0 || r1 >= rows || c1 >= cols ? null : new int[] {r0, r1, c0, c1};
    }
}
