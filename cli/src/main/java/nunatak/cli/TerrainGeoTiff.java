package nunatak.cli;

import java.nio.file.Path;
import nunatak.analysis.TerrainProduct;
import nunatak.array.Affine;
import nunatak.array.CoarseCells;
import nunatak.array.DataArray;
import nunatak.array.Dtype;
import nunatak.array.Georef;
import nunatak.array.Reducer;
import nunatak.array.Slice;
import nunatak.engine.Engine;
import nunatak.engine.JobStats;
import nunatak.engine.ProgressListener;
import nunatak.tiff.CogWriteOptions;
import nunatak.tiff.CogWriter;
import nunatak.tiff.DataType;
import nunatak.tiff.GeoReference;
import nunatak.tiff.RasterSpec;

/**
 * Writes a terrain product as {@code gdaldem} types it: slope and aspect as float32 with nodata -9999, hillshade as
 * Byte with 0 for nodata, as a cloud-optimized GeoTIFF. The rows are computed in bands of bounded size, each band
 * one computation streamed into the writer, so any area fits in memory; a band reads its own blocks plus one block
 * row at each edge that it shares with its neighbour. A coarse mean of the values is kept on the way for the figure.
 */
final class TerrainGeoTiff {
    /** gdaldem's nodata for slope and aspect. */
    static final float FLOAT_NODATA = -9999f;
    private static final long MIN_BAND_PIXELS = 4L << 20;
    private static final long MAX_BAND_PIXELS = 256L << 20;

    /** What was written: a preview of at most about {@code previewSide} pixels across, and what reading cost. */
    record Written(DataArray preview, JobStats job, int bands) {
    }

    private TerrainGeoTiff() {
    }

    static Written write(DataArray terrain, TerrainProduct product, Path out, Engine engine, ProgressListener progress,
                         int previewSide) {
        return write(terrain, product, out, engine, progress, previewSide, bandRows(terrain.size("x")));
    }

    /** As above, in bands of {@code band} rows. */
    static Written write(DataArray terrain, TerrainProduct product, Path out, Engine engine, ProgressListener progress,
                         int previewSide, int band) {
        int rows = terrain.size("y");
        int cols = terrain.size("x");
        boolean hillshade = product == TerrainProduct.HILLSHADE;
        Georef g = terrain.georef();
        GeoReference geo = new GeoReference(g.transform().toGdal(), g.epsg(), "Point".equals(g.areaOrPoint())
                ? GeoReference.RasterType.POINT : GeoReference.RasterType.AREA, null);
        RasterSpec spec = RasterSpec.of(cols, rows, hillshade ? DataType.UINT8 : DataType.FLOAT32).withGeo(geo)
                .withNodata(hillshade ? 0 : FLOAT_NODATA);
        for (String key : new String[] {"long_name", "units"}) {
            if (terrain.attrs().get(key) instanceof String v) {
                spec = spec.withMetadataItem(key, v);
            }
        }
        int f = Math.max(1, (Math.max(rows, cols) + previewSide - 1) / previewSide);
        CoarseCells cells = new CoarseCells(Reducer.MEAN, 0, 0, (rows + f - 1) / f, (cols + f - 1) / f);
        double[] row = new double[cols];
        JobStats job = JobStats.NONE;
        int bands = 0;
        try (CogWriter w = CogWriter.create(out, spec, CogWriteOptions.DEFAULT)) {
            for (int r0 = 0; r0 < rows; r0 += band) {
                int n = Math.min(band, rows - r0);
                DataArray part = terrain.isel("y", Slice.of(r0, r0 + n)).compute(engine, progress);
                float[] v = part.toFloatArray();
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < cols; c++) {
                        float x = v[r * cols + c];
                        row[c] = x;
                        if (x != x && !hillshade) {
                            v[r * cols + c] = FLOAT_NODATA; // the writer turns NaN into nodata in integer types only
                        }
                    }
                    cells.addRun((r0 + r) / f, row, cols, 0, f);
                }
                w.writeRows(v, 0, n);
                job = job.plus(part.job());
                bands++;
            }
        }
        return new Written(preview(terrain, cells, f), job, bands);
    }

    /**
     * Rows per band: a band of float32 values takes an eighth of the heap (its tasks' pieces as much again while they
     * arrive), at least 4 Mi and at most 256 Mi pixels.
     */
    static int bandRows(int cols) {
        long pixels = Math.max(MIN_BAND_PIXELS, Math.min(MAX_BAND_PIXELS, Runtime.getRuntime().maxMemory() / 32));
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, pixels / cols));
    }

    /** The coarse means as an array placed like the terrain, each cell {@code f} pixels (fewer at the far edges). */
    private static DataArray preview(DataArray terrain, CoarseCells cells, int f) {
        double[] y = coarse(terrain.coord("y"), f, cells.rows());
        double[] x = coarse(terrain.coord("x"), f, cells.cols());
        Georef g = terrain.georef();
        Affine t = g.transform();
        Affine scaled = new Affine(t.a() * f, t.b(), t.c(), t.d(), t.e() * f, t.f());
        return DataArray.of(cells.result(Dtype.FLOAT32), y, x).withGeoref(new Georef(g.epsg(), scaled, Double.NaN,
                g.areaOrPoint())).rename(terrain.name()).assignAttrs(labels(terrain));
    }

    /** Mean of the fine coordinates of each cell, as xarray's coarsen gives them. */
    private static double[] coarse(double[] fine, int f, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int end = Math.min(fine.length, (i + 1) * f);
            for (int k = i * f; k < end; k++) {
                sum += fine[k];
            }
            out[i] = sum / (end - i * f);
        }
        return out;
    }

    private static java.util.Map<String, Object> labels(DataArray a) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String key : new String[] {"long_name", "units"}) {
            if (a.attrs().get(key) != null) {
                out.put(key, a.attrs().get(key));
            }
        }
        return out;
    }
}
