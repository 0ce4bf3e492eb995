package nunatak.array;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nunatak.mosaic.MosaicLayout;

/** Builds arrays: over a mosaic with rioxarray's coordinates and attributes, or over values in memory. */
final class ArrayFactory {
    private ArrayFactory() {
    }

    static DataArray fromMosaic(MosaicLayout layout, int chunkSide) {
        Dtype dtype = Dtype.of(layout.dataType());
        int side = chunkSide > 0 ? chunkSide
                : Chunks.defaultSide(layout.rows(), layout.cols(), dtype.itemSize(), layout.blockSize());
        Node.Mosaic node = new Node.Mosaic(layout, side, side);
        int[][] chunks = {Chunks.regular(layout.rows(), side), Chunks.regular(layout.cols(), side)};
        double[][] coords = {layout.yCoords(), layout.xCoords()};
        return new DataArray(null, new String[] {"y", "x"}, coords, Map.of(), attrs(layout), chunks, node);
    }

    /** The attributes the notebook's array shows (xarray's open_rasterio), for the whole mosaic. */
    static Map<String, Object> attrs(MosaicLayout layout) {
        double[] g = layout.geoTransform();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("transform", List.of(g[1], g[2], g[0], g[4], g[5], g[3]));
        a.put("crs", layout.epsg() == null ? "unknown" : "EPSG:" + layout.epsg());
        a.put("res", List.of(Math.abs(g[1]), Math.abs(g[5])));
        a.put("is_tiled", 1);
        List<Double> nodata = new ArrayList<>();
        nodata.add(layout.nodata() == null ? Double.NaN : layout.nodata());
        a.put("nodatavals", nodata);
        a.put("scales", List.of(1.0));
        a.put("offsets", List.of(0.0));
        a.put("AREA_OR_POINT", layout.areaOrPoint());
        return a;
    }

    static DataArray fromGrid(Grid grid, double[] y, double[] x) {
        if (y.length != grid.rows() || x.length != grid.cols()) {
            throw new nunatak.InvalidArgumentException("coordinates (" + y.length + ", " + x.length
                    + ") do not match the values' shape (" + grid.rows() + ", " + grid.cols() + ")");
        }
        int[][] chunks = {new int[] {grid.rows()}, new int[] {grid.cols()}};
        return new DataArray(null, new String[] {"y", "x"}, new double[][] {y.clone(), x.clone()}, Map.of(), Map.of(),
                chunks, new Node.Memory(grid));
    }
}
