package nunatak.tiff;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test images for the writer, and a plain whole-array reference for the overviews it should build. */
final class TestImages {
    private TestImages() {
    }

    /** Smooth terrain with noise, nodata squares, NaN (floats) and the type's extreme values (integers). */
    static double[] values(DataType type, int w, int h, Double nodata, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] v = new double[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double smooth = Math.sin(c * 0.05) * Math.cos(r * 0.07) * 0.4 + 0.5;
                double x = type.isFloating() ? (smooth * 3000 - 200 + rnd.nextDouble() * 5)
                        : Math.floor(type.min() + (type.max() - type.min()) * (smooth * 0.9 + rnd.nextDouble() * 0.1));
                v[r * w + c] = x;
            }
        }
        for (int k = 0; k < 6; k++) {
            int c0 = rnd.nextInt(w);
            int r0 = rnd.nextInt(h);
            for (int r = r0; r < Math.min(h, r0 + 9); r++) {
                for (int c = c0; c < Math.min(w, c0 + 13); c++) {
                    v[r * w + c] = nodata != null ? nodata : 0;
                }
            }
        }
        v[0] = type.min();
        v[v.length - 1] = type.max();
        if (type.isFloating()) {
            v[w + 1] = Double.NaN;
            v[2 * w + 5] = Double.NaN;
            v[2 * w + 4] = Double.NaN;
            v[3 * w + 4] = Double.NaN;
            v[3 * w + 5] = Double.NaN;
            v[w + 2] = Double.POSITIVE_INFINITY;
            v[w + 3] = -0.0;
        }
        return v;
    }

    static double[] quantize(double[] v, DataType type) {
        double[] out = v.clone();
        if (type == DataType.FLOAT32) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) out[i];
            }
        }
        return out;
    }

    /** Level 0 and every overview, each level computed from the previous one over whole arrays. */
    static List<double[]> pyramid(double[] level0, int w, int h, int block, Resampling r, RasterSpec spec) {
        List<double[]> levels = new ArrayList<>();
        levels.add(level0);
        double[] src = level0;
        while (w > block || h > block) {
            int dw = (w + 1) / 2;
            int dh = (h + 1) / 2;
            double[] dst = new double[dw * dh];
            for (int i = 0; i < dh; i++) {
                for (int j = 0; j < dw; j++) {
                    dst[i * dw + j] = r == Resampling.NEAREST
                            ? src[gdalNearest(i, h, dh) * w + gdalNearest(j, w, dw)]
                            : average(src, w, h, i, j, spec);
                }
            }
            levels.add(dst);
            src = dst;
            w = dw;
            h = dh;
        }
        return levels;
    }

    private static int gdalNearest(int i, int src, int dst) {
        return (int) Math.floor(0.5 + (double) i * src / dst);
    }

    private static double average(double[] src, int w, int h, int i, int j, RasterSpec spec) {
        double sum = 0;
        int n = 0;
        for (int r = 2 * i; r < Math.min(h, 2 * i + 2); r++) {
            for (int c = 2 * j; c < Math.min(w, 2 * j + 2); c++) {
                double v = src[r * w + c];
                boolean invalid = Double.isNaN(v) || (spec.nodata() != null && v == spec.nodata());
                if (!invalid) {
                    sum += v;
                    n++;
                }
            }
        }
        if (n == 0) {
            return spec.nodata() == null ? Double.NaN : spec.nodata();
        }
        double mean = sum / n;
        return switch (spec.dataType()) {
            case FLOAT32 -> (float) mean;
            case FLOAT64 -> mean;
            default -> Math.floor(mean + 0.5);
        };
    }

    static double[] read(GeoTiff tif, int level) {
        ImageLevel l = tif.level(level);
        Raster r = tif.read(level, Window.of(l.width(), l.height()));
        double[] out = new double[l.width() * l.height()];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.samples().get(i);
        }
        return out;
    }
}
