package nunatak.array;

import nunatak.InvalidArgumentException;
import nunatak.analysis.HornKernel;
import nunatak.analysis.TerrainParams;
import nunatak.analysis.TerrainProduct;

/**
 * Slope, aspect and hillshade of a DEM, lazily, exactly as {@code gdaldem} computes them (Horn's 3×3 method): slope
 * in degrees, aspect in degrees clockwise from north (NaN where flat), hillshade 1..255. A pixel whose 3×3 window
 * holds a NaN is NaN; neighbours come from across block and tile edges and from outside a view where the mosaic has
 * them, so only the mosaic's outer frame is NaN. They compose with everything else lazily, e.g. the mean slope of
 * 100 × 100 cells.
 *
 * <pre>{@code
 * DataArray slope = Terrain.slope(dem);
 * DataArray shade = Terrain.hillshade(dem.selBox(-1.1e6, 6e5, -9e5, 8e5), 315, 45, 1);
 * DataArray meanSlope = slope.coarsen(Map.of("y", 100, "x", 100)).mean();
 * }</pre>
 */
public final class Terrain {
    private Terrain() {
    }

    public static DataArray slope(DataArray dem) {
        return of(dem, TerrainProduct.SLOPE, 315, 45, 1);
    }

    public static DataArray aspect(DataArray dem) {
        return of(dem, TerrainProduct.ASPECT, 315, 45, 1);
    }

    /** gdaldem's default hillshade: light from the north-west (azimuth 315°) at 45° above the horizon. */
    public static DataArray hillshade(DataArray dem) {
        return of(dem, TerrainProduct.HILLSHADE, 315, 45, 1);
    }

    public static DataArray hillshade(DataArray dem, double azimuth, double altitude, double zFactor) {
        return of(dem, TerrainProduct.HILLSHADE, azimuth, altitude, zFactor);
    }

    /** Any product with gdaldem's -az, -alt and -z; pixel sizes come from the array's georeferencing (metres). */
    public static DataArray of(DataArray dem, TerrainProduct product, double azimuth, double altitude, double zFactor) {
        Georef g = dem.georef();
        if (g == null || g.transform() == null || !g.transform().isNorthUp() || dem.dims().size() != 2) {
            throw new InvalidArgumentException("terrain needs a north-up, georeferenced 2-D DEM");
        }
        TerrainParams p = TerrainParams.of(g.transform().a(), g.transform().e()).withZFactor(zFactor)
                .withLight(azimuth, altitude);
        String units = product == TerrainProduct.HILLSHADE ? "1" : "degree";
        return dem.neighbourhood(new TerrainKernel(HornKernel.of(product, p))).rename(product.label())
                .assignAttrs(java.util.Map.of("long_name", product.label(), "units", units));
    }
}
