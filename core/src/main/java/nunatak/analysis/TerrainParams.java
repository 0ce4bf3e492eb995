package nunatak.analysis;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * Parameters of {@link HornKernel}, named as gdaldem names them: {@code ewres} and {@code nsres} are the
 * geotransform's pixel width and height (nsres negative for north-up grids), {@code scale} the ratio of vertical
 * to horizontal units ({@code -s}, 1 for metres over metres), and for hillshade the z factor ({@code -z}), the
 * light's azimuth ({@code -az}, degrees clockwise from north) and altitude ({@code -alt}, degrees above the horizon).
 *
 * <pre>{@code
 * TerrainParams p = TerrainParams.of(32, -32).withZFactor(2).withLight(270, 30);
 * }</pre>
 */
public record TerrainParams(double ewres, double nsres, double scale, double zFactor, double azimuth, double altitude)
        implements Serializable {

    public TerrainParams {
        if (!(ewres != 0) || !(nsres != 0) || !Double.isFinite(ewres) || !Double.isFinite(nsres)) {
            throw new InvalidArgumentException("pixel size " + ewres + " x " + nsres + " must be finite and non-zero");
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new InvalidArgumentException("scale " + scale + " must be a positive number");
        }
        if (!Double.isFinite(zFactor) || !Double.isFinite(azimuth) || !Double.isFinite(altitude)) {
            throw new InvalidArgumentException("z factor, azimuth and altitude must be finite numbers");
        }
    }

    /** gdaldem's defaults: scale 1, z 1, azimuth 315, altitude 45. */
    public static TerrainParams of(double ewres, double nsres) {
        return new TerrainParams(ewres, nsres, 1, 1, 315, 45);
    }

    public TerrainParams withScale(double s) {
        return new TerrainParams(ewres, nsres, s, zFactor, azimuth, altitude);
    }

    public TerrainParams withZFactor(double z) {
        return new TerrainParams(ewres, nsres, scale, z, azimuth, altitude);
    }

    public TerrainParams withLight(double azimuthDegrees, double altitudeDegrees) {
        return new TerrainParams(ewres, nsres, scale, zFactor, azimuthDegrees, altitudeDegrees);
    }
}
