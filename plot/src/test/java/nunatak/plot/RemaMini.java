package nunatak.plot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nunatak.testing.Fixtures;
import nunatak.tiff.GeoTiff;
import nunatak.tiff.Raster;
import nunatak.tiff.Window;

/**
 * The rema-mini fixture as the seed notebook builds it: 4 × 4 tiles of 250 × 250 pixels (400 m), values <= 0
 * and nodata masked to NaN, the absent tile 38_21 left NaN, y descending from the top row of tile row 40.
 */
final class RemaMini {
    static final int TILE = 250;
    static final int SIZE = 4 * TILE;
    static final double RES = 400;
    static final double WEST = -1_100_000;
    static final double NORTH = 1_000_000;

    /** Centre of the absent tile 38_21, in metres. */
    static final double MISSING_X = -950_000;
    static final double MISSING_Y = 750_000;

    private static double[] mosaic;

    private RemaMini() {
    }

    static double[] x() {
        double[] x = new double[SIZE];
        for (int c = 0; c < SIZE; c++) {
            x[c] = WEST + (c + 0.5) * RES;
        }
        return x;
    }

    static double[] y() {
        double[] y = new double[SIZE];
        for (int r = 0; r < SIZE; r++) {
            y[r] = NORTH - (r + 0.5) * RES;
        }
        return y;
    }

    /** The 1000 × 1000 mosaic, row-major, row 0 northernmost. */
    static synchronized double[] mosaic() {
        if (mosaic != null) {
            return mosaic;
        }
        double[] m = new double[SIZE * SIZE];
        Arrays.fill(m, Double.NaN);
        for (int ti = 0; ti < 4; ti++) {
            for (int tj = 0; tj < 4; tj++) {
                int i = 40 - ti;
                int j = 20 + tj;
                String name = String.format("%02d_%02d/%02d_%02d_400m_dem_COG_LZW.tif", i, j, i, j);
                Path tile = Fixtures.remaMini().resolve(name);
                if (!Files.exists(tile)) {
                    continue;
                }
                GeoTiff tif = GeoTiff.open(tile.toString());
                double nodata = tif.nodata().orElse(Double.NaN);
                Raster r = tif.read(Window.of(TILE, TILE));
                for (int row = 0; row < TILE; row++) {
                    for (int col = 0; col < TILE; col++) {
                        double v = r.value(row, col);
                        boolean masked = Double.isNaN(v) || v == nodata || v <= 0;
                        m[(ti * TILE + row) * SIZE + tj * TILE + col] = masked ? Double.NaN : v;
                    }
                }
            }
        }
        mosaic = m;
        return m;
    }

    /** xarray's {@code coarsen(y=f, x=f).mean()}: NaN-skipping block means, NaN where a block has no data. */
    static MapData coarseMap(int f) {
        double[] m = mosaic();
        int n = SIZE / f;
        double[] v = new double[n * n];
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = WEST + (k * f + f / 2.0) * RES;
            y[k] = NORTH - (k * f + f / 2.0) * RES;
        }
        for (int br = 0; br < n; br++) {
            for (int bc = 0; bc < n; bc++) {
                double sum = 0;
                int count = 0;
                for (int r = br * f; r < br * f + f; r++) {
                    for (int c = bc * f; c < bc * f + f; c++) {
                        double value = m[r * SIZE + c];
                        if (!Double.isNaN(value)) {
                            sum += value;
                            count++;
                        }
                    }
                }
                v[br * n + bc] = count == 0 ? Double.NaN : sum / count;
            }
        }
        return MapData.of(x, y, v)
                .withTitle("REMA mini mosaic, 400 m pixels, " + f + " × " + f + " mean")
                .withVariable("elevation above sea level", "m a.s.l.")
                .withCrs("EPSG:3031");
    }

    /** Row of pixel centres nearest to y, ties to the northern row as xarray's {@code sel(method="nearest")}. */
    static int rowNearest(double y) {
        double[] ys = y();
        int best = 0;
        for (int r = 1; r < SIZE; r++) {
            if (Math.abs(ys[r] - y) < Math.abs(ys[best] - y)) {
                best = r;
            }
        }
        return best;
    }

    static ProfileData profileNear(double yWanted) {
        int r = rowNearest(yWanted);
        double[] v = Arrays.copyOfRange(mosaic(), r * SIZE, (r + 1) * SIZE);
        return ProfileData.of(x(), v)
                .withTitle(String.format("REMA mini profile along y = %.0f m", y()[r]))
                .withPosition("x", "EPSG:3031")
                .withVariable("elevation above sea level", "m a.s.l.");
    }
}
