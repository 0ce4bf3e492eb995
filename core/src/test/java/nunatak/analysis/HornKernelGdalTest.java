package nunatak.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nunatak.testing.ReferenceTools;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.Raster;
import nunatak.tiff.Window;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link HornKernel} against {@code gdaldem slope|aspect|hillshade} (GDAL's defaults, no -compute_edges) on a
 * GDAL-written float32 GeoTIFF of synthetic terrain with nodata holes and speckles, a flat plateau and a cliff
 * steep enough for hillshade's floor of 1: both GeoTIFFs are read with {@link GeoTiff}, the kernel runs over the
 * input row by row, and the results must agree with gdaldem's at every interior pixel (slope and aspect within
 * 1e-3°, in practice bit for bit; hillshade within 1 and nearly always equal) with nodata at the same places.
 * Square pixels take gdaldem's same-resolution hillshade formula, others its general one.
 */
class HornKernelGdalTest {
    private static final String TERRAIN = String.join("\n",
            "import sys, numpy as np",
            "from osgeo import gdal, osr",
            "path, w, h, ew, ns = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])",
            "y, x = np.mgrid[0:h, 0:w].astype('f8')",
            "rng = np.random.default_rng(7)",
            "z = 1500 + 800 * np.sin(x / 37.0) * np.cos(y / 23.0) + 0.4 * x * ew / 30 + rng.normal(0, 2, (h, w))",
            "z[x > 0.75 * w] += 4000 * np.minimum(1, (x[x > 0.75 * w] - 0.75 * w) / 3)  # a cliff",
            "z[20:40, 30:60] = 1234.0                     # a flat plateau: aspect nodata, slope 0",
            "z[100:110, 5:15] = -9999                     # a nodata hole",
            "z[rng.random((h, w)) < 0.003] = -9999        # nodata speckles",
            "srs = osr.SpatialReference(); srs.ImportFromEPSG(3031)",
            "ds = gdal.GetDriverByName('GTiff').Create(path, w, h, 1, gdal.GDT_Float32, ['TILED=YES'])",
            "ds.SetGeoTransform([-1000000, ew, 0, 500000, 0, ns]); ds.SetProjection(srs.ExportToWkt())",
            "b = ds.GetRasterBand(1); b.SetNoDataValue(-9999); b.WriteArray(z.astype('f4')); ds = None");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} x {1} px of {2} x {3} m")
    @CsvSource({"301, 233, 32, -32", "257, 190, 30, -20"})
    void matchesGdaldem(int w, int h, double ewres, double nsres) {
        Path dem = dir.resolve("dem.tif");
        ReferenceTools.python(TERRAIN, dem.toString(), "" + w, "" + h, "" + ewres, "" + nsres);
        double[] z = readAll(dem, w, h, -9999);
        TerrainParams params = TerrainParams.of(ewres, nsres);
        for (TerrainProduct product : TerrainProduct.values()) {
            Path out = dir.resolve(product.label() + ".tif");
            ReferenceTools.run(List.of("gdaldem", product.label(), "-q", dem.toString(), out.toString()));
            double nodata = product == TerrainProduct.HILLSHADE ? 0 : -9999;
            double[] gdal = readAll(out, w, h, nodata);
            HornKernel kernel = HornKernel.of(product, params);
            double[] ours = new double[w - 2];
            int compared = 0;
            int equal = 0;
            double worst = 0;
            for (int r = 1; r < h - 1; r++) {
                kernel.row(row(z, w, r - 1), row(z, w, r), row(z, w, r + 1), 0, ours, 0, w - 2);
                for (int c = 1; c < w - 1; c++) {
                    double g = gdal[r * w + c];
                    double o = ours[c - 1];
                    String at = product.label() + " at row " + r + ", col " + c;
                    assertEquals(Double.isNaN(g), Double.isNaN(o), at + ": gdaldem " + g + ", ours " + o);
                    if (!Double.isNaN(g)) {
                        compared++;
                        equal += g == o ? 1 : 0;
                        worst = Math.max(worst, Math.abs(g - o));
                        assertEquals(g, o, product == TerrainProduct.HILLSHADE ? 1 : 1e-3, at);
                    }
                }
            }
            for (int c = 0; c < w; c++) {
                assertTrue(Double.isNaN(gdal[c]) && Double.isNaN(gdal[(h - 1) * w + c]), "gdaldem's frame is nodata");
            }
            assertTrue(compared > (w - 2) * (h - 2) * 0.9, product + ": too few valid pixels compared: " + compared);
            // Slope and aspect are gdaldem's float arithmetic exactly; hillshade differs only through its rsqrt.
            double equalShare = (double) equal / compared;
            System.out.printf("%s %s: %d of %d equal to gdaldem's, worst difference %s%n", product.label(),
                    ewres + "x" + nsres, equal, compared, worst);
            assertTrue(equalShare > (product == TerrainProduct.HILLSHADE ? 0.999 : 0.9999),
                    product + ": only " + equal + " of " + compared + " equal to gdaldem's, worst difference " + worst);
        }
    }

    private static double[] readAll(Path file, int w, int h, double nodata) {
        Raster r = GeoTiff.open(file.toString()).read(Window.of(w, h));
        double[] v = new double[w * h];
        for (int i = 0; i < v.length; i++) {
            double s = r.samples().get(i);
            v[i] = s == nodata ? Double.NaN : s;
        }
        return v;
    }

    private static double[] row(double[] z, int w, int r) {
        double[] out = new double[w];
        System.arraycopy(z, r * w, out, 0, w);
        return out;
    }
}
