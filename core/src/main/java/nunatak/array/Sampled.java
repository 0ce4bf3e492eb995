package nunatak.array;

import java.util.LinkedHashMap;
import java.util.Map;
import nunatak.InvalidArgumentException;
import nunatak.analysis.SamplingMethod;
import nunatak.geom.LineStations;
import nunatak.geom.PixelGrid;
import nunatak.geom.Polyline;
import nunatak.geom.StationBatch;

/** Arrays of values at points and along lines, sampled lazily from a 2-D array. */
final class Sampled {
    private Sampled() {
    }

    /** The pixel grid of a north-up 2-D array, from its georeferencing. */
    static PixelGrid gridOf(DataArray a) {
        Georef g = a.georef();
        if (a.dims().size() != 2 || g == null || g.transform() == null || !g.transform().isNorthUp()) {
            throw new InvalidArgumentException("sampling needs a north-up 2-D georeferenced array; this one has dims "
                    + a.dims() + (g == null || g.transform() == null ? " and no transform" : ""));
        }
        Affine t = g.transform();
        return new PixelGrid(t.c(), t.f(), t.a(), t.e());
    }

    static DataArray at(DataArray a, double[] x, double[] y, SamplingMethod method) {
        if (x.length != y.length) {
            throw new InvalidArgumentException(x.length + " x values but " + y.length + " y values");
        }
        double[] index = new double[x.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        Map<String, double[]> aux = new LinkedHashMap<>();
        aux.put("x", x.clone());
        aux.put("y", y.clone());
        return oneDimensional(a, "point", index, aux, x, y, method);
    }

    static DataArray along(DataArray a, Polyline line, double step, SamplingMethod method) {
        double s = step > 0 ? step : gridOf(a).resX();
        LineStations stations = new LineStations(line, s);
        if (stations.count() > Integer.MAX_VALUE / 2) {
            throw new InvalidArgumentException("a line of " + line.length() + " m at a step of " + s + " m has "
                    + stations.count() + " stations; use a larger --step");
        }
        StationBatch b = stations.batch(0, (int) stations.count());
        Map<String, double[]> aux = new LinkedHashMap<>();
        aux.put("x", b.x());
        aux.put("y", b.y());
        if (b.lon() != null) {
            aux.put("lon", b.lon());
            aux.put("lat", b.lat());
        }
        return oneDimensional(a, "distance", b.distance(), aux, b.x(), b.y(), method);
    }

    private static DataArray oneDimensional(DataArray a, String dim, double[] index, Map<String, double[]> aux,
                                            double[] x, double[] y, SamplingMethod method) {
        PixelGrid grid = gridOf(a);
        ArrayParts b = a.parts();
        b.node = new Node.Sample(a.node(), x.clone(), y.clone(), method, grid);
        b.dimOf = new String[] {null, dim};
        b.coordOf = new double[][] {null, index};
        b.aux = aux;
        b.chunks = new int[][] {new int[] {1}, new int[] {index.length}};
        Georef g = b.georef;
        b.georef = new Georef(g.epsg(), null, g.nodata(), g.areaOrPoint());
        return new DataArray(b);
    }
}
