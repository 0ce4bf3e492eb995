package nunatak.array;

import java.nio.file.Path;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.tiff.CogWriteOptions;
import nunatak.tiff.CogWriter;
import nunatak.tiff.DataType;
import nunatak.tiff.GeoReference;
import nunatak.tiff.RasterSpec;
import nunatak.tiff.Samples;

/**
 * A 2-D array saved as a cloud-optimized GeoTIFF that GDAL, QGIS and rasterio open: georeferenced from its
 * pixel-centre coordinates and {@code crs} attribute, NaN declared as nodata for float data, {@code long_name}
 * and {@code units} kept as GDAL metadata.
 *
 * <pre>{@code
 * ArrayGeoTiff.write(dem.coarsen(Map.of("y", 100, "x", 100), Boundary.TRIM).mean(), Path.of("map.tif"));
 * }</pre>
 */
public final class ArrayGeoTiff {
    private ArrayGeoTiff() {
    }

    public static void write(DataArray array, Path file) {
        write(array, file, CogWriteOptions.DEFAULT);
    }

    public static void write(DataArray array, Path file, CogWriteOptions options) {
        DataArray a = array.compute();
        List<String> dims = a.dims();
        if (dims.size() != 2) {
            throw new InvalidArgumentException(file + ": a GeoTIFF holds a 2-D map; this array has dimensions " + dims
                    + " (write profiles as .csv or .json)");
        }
        Grid g = a.values();
        DataType type = a.dtype().toDataType();
        RasterSpec spec = RasterSpec.of(g.cols(), g.rows(), type)
                .withGeo(geo(a, file));
        if (type.isFloating()) {
            spec = spec.withNodata(Double.NaN);
        }
        for (String key : List.of("long_name", "units", "standard_name")) {
            if (a.attrs().get(key) instanceof String v) {
                spec = spec.withMetadataItem(key, v);
            }
        }
        if (g.values() instanceof Samples.F32 f) {
            CogWriter.write(file, f.values(), spec, options);
        } else {
            CogWriter.write(file, ((Samples.F64) g.values()).values(), spec, options);
        }
    }

    /** The array's own georeferencing; else pixel corners from evenly spaced pixel centres. */
    static GeoReference geo(DataArray a, Path file) {
        Georef g = a.georef();
        if (g != null && g.transform() != null) {
            return new GeoReference(g.transform().toGdal(), g.epsg(), "Point".equals(g.areaOrPoint())
                    ? GeoReference.RasterType.POINT : GeoReference.RasterType.AREA, null);
        }
        double[] y = a.coord(a.dims().get(0));
        double[] x = a.coord(a.dims().get(1));
        double dx = spacing(x, file, "x");
        double dy = spacing(y, file, "y");
        double[] gt = {x[0] - dx / 2, dx, 0, y[0] - dy / 2, 0, dy};
        return new GeoReference(gt, g == null ? null : g.epsg(), GeoReference.RasterType.AREA, null);
    }

    private static double spacing(double[] c, Path file, String dim) {
        if (c.length < 2) {
            throw new InvalidArgumentException(file + ": cannot tell the pixel size along " + dim
                    + " from a single coordinate and no georeferencing");
        }
        double d = (c[c.length - 1] - c[0]) / (c.length - 1);
        for (int i = 1; i < c.length; i++) {
            if (Math.abs(c[i] - c[i - 1] - d) > Math.abs(d) * 1e-6) {
                throw new InvalidArgumentException(file + ": " + dim + " coordinates are not evenly spaced ("
                        + c[i - 1] + ", " + c[i] + "), so they cannot be a GeoTIFF grid");
            }
        }
        return d;
    }
}
