package nunatak.array;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nunatak.NunatakException;

/**
 * Arrays as CSV in long form, one row per value: {@code y,x,elevation} for a map, {@code x,y,elevation} for a
 * profile (a scalar coordinate repeats in its own column), {@code distance,x,y[,lon,lat],elevation} for a line
 * (auxiliary coordinates follow the dimension). NaN is an empty field, which pandas reads as NaN.
 *
 * <pre>{@code
 * DataArray profile = dem.sel("y", 750000, DataArray.Method.NEAREST).compute();
 * ArrayCsv.write(profile, Path.of("profile.csv"));   // x,y,elevation: one row per pixel of the profile
 * }</pre>
 */
public final class ArrayCsv {
    private ArrayCsv() {
    }

    public static void write(DataArray array, Path file) {
        DataArray a = array.compute();
        List<String> dims = a.dims();
        String valueName = a.name() == null ? "value" : a.name();
        Map<String, Double> scalars = a.scalarCoords();
        Grid v = a.values();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            StringBuilder header = new StringBuilder();
            for (String d : dims) {
                header.append(d).append(',');
            }
            Map<String, double[]> aux = a.auxCoords();
            for (String s : aux.keySet()) {
                header.append(s).append(',');
            }
            for (String s : scalars.keySet()) {
                header.append(s).append(',');
            }
            w.write(header.append(valueName).append('\n').toString());
            String constant = constants(scalars);
            double[] rowCoords = dims.size() == 2 ? a.coord(dims.get(0)) : null;
            double[] colCoords = dims.isEmpty() ? null : a.coord(dims.get(dims.size() - 1));
            for (int r = 0; r < v.rows(); r++) {
                for (int c = 0; c < v.cols(); c++) {
                    StringBuilder line = new StringBuilder();
                    if (rowCoords != null) {
                        line.append(number(rowCoords[r])).append(',');
                    }
                    int along = dims.size() == 2 ? c : r * v.cols() + c;
                    if (colCoords != null) {
                        line.append(number(colCoords[along])).append(',');
                    }
                    for (double[] values : aux.values()) {
                        line.append(number(values[along])).append(',');
                    }
                    line.append(constant).append(number(v.get(r, c))).append('\n');
                    w.write(line.toString());
                }
            }
        } catch (IOException e) {
            throw new NunatakException(file + ": could not write CSV: " + e.getMessage(), e);
        }
    }

    private static String constants(Map<String, Double> scalars) {
        StringBuilder sb = new StringBuilder();
        scalars.values().forEach(v -> sb.append(number(v)).append(','));
        return sb.toString();
    }

    static String number(double v) {
        return Double.isNaN(v) ? "" : Labels.plain(v);
    }
}
