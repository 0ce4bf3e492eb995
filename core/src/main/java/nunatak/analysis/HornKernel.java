package nunatak.analysis;

import java.io.Serializable;

/**
 * Horn's 3×3 slope, aspect and hillshade computed as GDAL 3.6's {@code gdaldem} computes them (its
 * GDALSlopeHornAlg, GDALAspectAlg and default GDALHillshadeAlg), one output row at a time from three input rows,
 * so terrain streams block by block with a one-pixel halo. Like gdaldem the nine values are read as float32 and
 * the Horn sums are float32 arithmetic in gdaldem's order, then finished in double and rounded to float32; a window
 * holding a NaN gives NaN (gdaldem's nodata), and so does aspect where the slope is flat. Hillshade is gdaldem's
 * Byte output, 1..255 (NaN where gdaldem writes 0), from its single-azimuth formula, with one difference: gdaldem
 * divides by a square root approximated with SSE's {@code rsqrt} plus one Newton step (relative error ~1e-7,
 * and the instruction differs between CPU makers), here it is exact, so a value may land on the other side of a
 * rounding boundary and differ by 1.
 *
 * <pre>{@code
 * HornKernel k = HornKernel.of(TerrainProduct.SLOPE, TerrainParams.of(32, -32));
 * double[] above = {100, 100, 100, 100}, current = {90, 90, 90, 90}, below = {80, 80, 80, 80};
 * double[] out = new double[2];
 * k.row(above, current, below, 0, out, 0, 2);   // each input row holds n + 2 values: a halo column each side
 * // out: 17.35 degrees twice (20 m over 64 m)
 * }</pre>
 */
public final class HornKernel implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final double RADIANS_TO_DEGREES = 180.0 / Math.PI;
    private static final double DEGREES_TO_RADIANS = Math.PI / 180.0;

    private final TerrainProduct product;
    private final TerrainParams params;
    private final boolean sameResolution;
    // GDALCreateHillshadeData's precomputed terms, under the same names.
    private final double invNsres;
    private final double invEwres;
    private final double squareZ;
    private final double sinAltMul254;
    private final double cosAzMulCosAltMulZMul254;
    private final double sinAzMulCosAltMulZMul254;
    private final double squareZMulSquareInvRes;
    private final double cosAzMulCosAltMulZMul254MulInvRes;
    private final double sinAzMulCosAltMulZMul254MulInvRes;

    private HornKernel(TerrainProduct product, TerrainParams p) {
        this.product = product;
        this.params = p;
        this.sameResolution = p.ewres() == -p.nsres();
        invNsres = 1.0 / p.nsres();
        invEwres = 1.0 / p.ewres();
        double sinAlt = Math.sin(p.altitude() * DEGREES_TO_RADIANS);
        double azRadians = p.azimuth() * DEGREES_TO_RADIANS;
        double zScaled = p.zFactor() / (8 * p.scale());
        double cosAltMulZ = Math.cos(p.altitude() * DEGREES_TO_RADIANS) * zScaled;
        double cosAzMulCosAltMulZ = Math.cos(azRadians) * cosAltMulZ;
        double sinAzMulCosAltMulZ = Math.sin(azRadians) * cosAltMulZ;
        squareZ = zScaled * zScaled;
        sinAltMul254 = 254.0 * sinAlt;
        cosAzMulCosAltMulZMul254 = 254.0 * cosAzMulCosAltMulZ;
        sinAzMulCosAltMulZMul254 = 254.0 * sinAzMulCosAltMulZ;
        squareZMulSquareInvRes = squareZ * invEwres * invEwres;
        cosAzMulCosAltMulZMul254MulInvRes = cosAzMulCosAltMulZMul254 * -invEwres;
        sinAzMulCosAltMulZMul254MulInvRes = sinAzMulCosAltMulZMul254 * invEwres;
    }

    public static HornKernel of(TerrainProduct product, TerrainParams params) {
        return new HornKernel(product, params);
    }

    public TerrainProduct product() {
        return product;
    }

    public TerrainParams params() {
        return params;
    }

    /**
     * Computes {@code n} outputs into {@code out[outFrom ..]}: output {@code i} is the pixel at
     * {@code current[from + i + 1]}, its window columns {@code from + i .. from + i + 2} of the three rows.
     */
    public void row(double[] above, double[] current, double[] below, int from, double[] out, int outFrom, int n) {
        for (int i = 0; i < n; i++) {
            int c = from + i;
            float w0 = (float) above[c];
            float w1 = (float) above[c + 1];
            float w2 = (float) above[c + 2];
            float w3 = (float) current[c];
            float w4 = (float) current[c + 1];
            float w5 = (float) current[c + 2];
            float w6 = (float) below[c];
            float w7 = (float) below[c + 1];
            float w8 = (float) below[c + 2];
            // Float sums of NaN stay NaN, but a single sum can hide none: test all nine as gdaldem does.
            if (w0 != w0 || w1 != w1 || w2 != w2 || w3 != w3 || w4 != w4 || w5 != w5 || w6 != w6 || w7 != w7
                    || w8 != w8) {
                out[outFrom + i] = Double.NaN;
                continue;
            }
            out[outFrom + i] = switch (product) {
                case SLOPE -> slope(w0, w1, w2, w3, w5, w6, w7, w8);
                case ASPECT -> aspect(w0, w1, w2, w3, w5, w6, w7, w8);
                case HILLSHADE -> hillshade(w0, w1, w2, w3, w5, w6, w7, w8);
            };
        }
    }

    private double slope(float w0, float w1, float w2, float w3, float w5, float w6, float w7, float w8) {
        double dx = ((w0 + w3 + w3 + w6) - (w2 + w5 + w5 + w8)) / params.ewres();
        double dy = ((w6 + w7 + w7 + w8) - (w0 + w1 + w1 + w2)) / params.nsres();
        double key = dx * dx + dy * dy;
        return (float) (Math.atan(Math.sqrt(key) / (8 * params.scale())) * RADIANS_TO_DEGREES);
    }

    private static double aspect(float w0, float w1, float w2, float w3, float w5, float w6, float w7, float w8) {
        double dx = (w2 + w5 + w5 + w8) - (w0 + w3 + w3 + w6);
        double dy = (w6 + w7 + w7 + w8) - (w0 + w1 + w1 + w2);
        if (dx == 0 && dy == 0) {
            return Double.NaN;
        }
        float aspect = (float) (Math.atan2(dy, -dx) / DEGREES_TO_RADIANS);
        aspect = aspect > 90.0f ? 450.0f - aspect : 90.0f - aspect;
        return aspect == 360.0f ? 0.0 : aspect;
    }

    private double hillshade(float w0, float w1, float w2, float w3, float w5, float w6, float w7, float w8) {
        double cangMul254;
        if (sameResolution) {
            float accX = w0 - w8;
            float sixMinusTwo = w6 - w2;
            float accY = accX;
            float threeMinusFive = w3 - w5;
            float oneMinusSeven = w1 - w7;
            accX += threeMinusFive;
            accY += oneMinusSeven;
            accX += threeMinusFive;
            accY += oneMinusSeven;
            accX += sixMinusTwo;
            accY -= sixMinusTwo;
            double x = accX;
            double y = accY;
            double xxPlusYy = x * x + y * y;
            cangMul254 = (sinAltMul254 + (x * sinAzMulCosAltMulZMul254MulInvRes
                    + y * cosAzMulCosAltMulZMul254MulInvRes)) / Math.sqrt(1 + squareZMulSquareInvRes * xxPlusYy);
        } else {
            double x = ((w0 + w3 + w3 + w6) - (w2 + w5 + w5 + w8)) * invEwres;
            double y = ((w6 + w7 + w7 + w8) - (w0 + w1 + w1 + w2)) * invNsres;
            double xxPlusYy = x * x + y * y;
            cangMul254 = (sinAltMul254 - (y * cosAzMulCosAltMulZMul254 - x * sinAzMulCosAltMulZMul254))
                    / Math.sqrt(1 + squareZ * xxPlusYy);
        }
        float cang = (float) (cangMul254 <= 0.0 ? 1.0 : 1.0 + cangMul254);
        // GDALCopyWord float -> Byte: add 0.5f, clamp to 0..255, truncate.
        float rounded = cang + 0.5f;
        return (int) (rounded > 255f ? 255f : rounded < 0f ? 0f : rounded);
    }
}
