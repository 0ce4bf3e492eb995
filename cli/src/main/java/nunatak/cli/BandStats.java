package nunatak.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.ImageLevel;
import nunatak.tiff.Nodata;
import nunatak.tiff.Samples;
import nunatak.tiff.Window;

/**
 * One band's statistics over its full resolution, as {@code gdalinfo -stats} (GDAL 3.6's ComputeStatistics)
 * computes them: pixels that are NaN or nodata (by GDAL's rule, {@link Nodata#matches}) are left out, an
 * internal mask is not applied (GDAL does not either); the standard deviation is the population one. Reads the
 * band one row of blocks at a time.
 *
 * <pre>{@code
 * BandStats s = BandStats.of(GeoTiff.open("rgb.tif"), 2);
 * System.out.println(s.toText());
 * }</pre>
 */
record BandStats(int band, String type, long valid, long pixels, double min, double max, double mean, double std) {

    static BandStats of(GeoTiff tif, int band) {
        ImageLevel full = tif.level(0);
        if (band < 1 || band > tif.bandCount()) {
            throw new nunatak.InvalidArgumentException(tif.uri() + ": no band " + band + "; the file has bands 1.."
                    + tif.bandCount());
        }
        Nodata nodata = tif.nodataInfo();
        long n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double mean = 0;
        double m2 = 0;
        for (int row = 0; row < full.height(); row += full.blockHeight()) {
            Window w = new Window(0, row, full.width(), Math.min(full.blockHeight(), full.height() - row));
            Samples s = tif.read(0, band, w).samples();
            for (int i = 0; i < s.size(); i++) {
                double v = s.get(i);
                if (Double.isNaN(v) || nodata.matches(v)) {
                    continue;
                }
                n++;
                min = Math.min(min, v);
                max = Math.max(max, v);
                double d = v - mean;
                mean += d / n;
                m2 += d * (v - mean);
            }
        }
        return new BandStats(band, tif.dataType().label(), n, (long) full.width() * full.height(),
                n == 0 ? Double.NaN : min, n == 0 ? Double.NaN : max, n == 0 ? Double.NaN : mean,
                n == 0 ? Double.NaN : Math.sqrt(m2 / n));
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("band", band);
        m.put("dtype", type);
        m.put("valid_count", valid);
        m.put("valid_percent", pixels == 0 ? 0 : 100.0 * valid / pixels);
        m.put("min", Json.number(min));
        m.put("max", Json.number(max));
        m.put("mean", Json.number(mean));
        m.put("std", Json.number(std));
        return m;
    }

    String toText() {
        return "Band " + band + ": " + type + ", " + valid + " valid pixels ("
                + String.format(java.util.Locale.ROOT, "%.2f", pixels == 0 ? 0 : 100.0 * valid / pixels) + " %)\n"
                + "  Minimum=" + InfoCommand.fmt(min) + ", Maximum=" + InfoCommand.fmt(max) + ", Mean="
                + InfoCommand.fmt(mean) + ", StdDev=" + InfoCommand.fmt(std);
    }
}
