package nunatak.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import nunatak.array.ArrayJson;
import nunatak.array.DataArray;
import nunatak.geom.Epsg3031;
import nunatak.geom.LonLat;
import nunatak.geom.XY;
import nunatak.mosaic.IndexRange;
import nunatak.mosaic.MosaicSpec;
import nunatak.sample.RemaV2Sample;
import nunatak.sample.RemaV2SampleOptions;
import nunatak.sample.RemaV2SampleResult;
import nunatak.sample.SampleProgress;
import nunatak.testing.Fixtures;
import nunatak.testing.Gdal;

/**
 * The working directory the examples run in, holding the files they name: {@code dem.tif} (a GDAL-written COG,
 * testdata/cog/lzw.tif), {@code truncated.tif} (a COG cut short, testdata/bad), {@code rgb.tif} (three bands, JPEG
 * in YCbCr, written by gdal_translate), {@code basins.geojson} and {@code zones.geojson} (two zones in lon/lat over
 * the notebook's mosaic), {@code line.geojson}, point files {@code points.csv} / {@code pts.csv} (x, y in
 * EPSG:3031) and {@code gps.csv} (lon, lat), and {@code profile.json} (a profile as {@code nunatak profile} writes
 * it). The sample mosaics themselves are {@link ExampleVariables}'.
 *
 * <pre>{@code
 * ExampleWorkspace.prepare(Path.of("target/example-run"));
 * }</pre>
 */
public final class ExampleWorkspace {
    /** Two zones of the mosaic testdata/rema-mini covers (x -1100 .. -700 km, y 600 .. 1000 km). */
    static final double[][][] BASINS = {
            {{-1_050_000, 700_000}, {-950_000, 700_000}, {-950_000, 800_000}, {-1_050_000, 800_000}},
            {{-900_000, 850_000}, {-750_000, 900_000}, {-850_000, 980_000}}};

    /** The notebook's mosaic at 400 m, kept in the repository: rows 40..37, cols 20..23, tile 38_21 missing. */
    public static final String TEMPLATE = Fixtures.remaMini().resolve("{i:02d}_{j:02d}") + "/{i:02d}_{j:02d}_400m_dem_COG_LZW.tif";
    /** Where the REMA v2 sample lies, relative to the workspace. */
    static final String REMA_V2 = "rema-v2";

    private ExampleWorkspace() {
    }

    /** The REMA v2 sample (32 m, cells 40:39 x 20:21, all layers, STAC tree and VRTs) under {@code dir}. */
    public static RemaV2SampleResult remaV2(Path dir) {
        return RemaV2Sample.generate(RemaV2SampleOptions.defaults(dir.resolve(REMA_V2).toAbsolutePath())
                .withRows(new IndexRange(40, 39)).withCols(new IndexRange(20, 21)).withSeed(7), SampleProgress.NONE);
    }

    public static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.copy(Fixtures.cog("lzw.tif"), dir.resolve("dem.tif"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Fixtures.bad("truncated.tif"), dir.resolve("truncated.tif"),
                    StandardCopyOption.REPLACE_EXISTING);
            if (!Files.exists(dir.resolve("rgb.tif"))) {
                Gdal.run(dir, List.of("gdal_translate", "-q", "-ot", "Byte", "-scale", "0", "4000", "0", "255",
                        "-b", "1", "-b", "1", "-b", "1", "-co", "TILED=YES", "-co", "COMPRESS=JPEG", "-co",
                        "PHOTOMETRIC=YCBCR", "dem.tif", "rgb.tif"));
            }
            String basins = featureCollection(BASINS);
            Files.writeString(dir.resolve("basins.geojson"), basins);
            Files.writeString(dir.resolve("zones.geojson"), basins);
            Files.writeString(dir.resolve("line.geojson"), "{\"type\": \"LineString\", \"coordinates\": ["
                    + lonLat(-1_000_000, 700_000) + ", " + lonLat(-800_000, 900_000) + "]}\n");
            String xy = "name,x,y\nnunatak,-912345,750000\nsaddle,-1000000,700000\nshelf,-760000,640000\n";
            Files.writeString(dir.resolve("points.csv"), xy);
            Files.writeString(dir.resolve("pts.csv"), xy);
            Files.writeString(dir.resolve("gps.csv"), "name,lon,lat\nbase," + lonLatCsv(-912345, 750000) + "\n");
            remaV2(dir);
            DataArray profile = DataArray.open(MosaicSpec.of(TEMPLATE).rows("40:37").cols("20:23"))
                    .where(nunatak.array.Condition.gt(0)).sel("y", 750000, DataArray.Method.NEAREST).compute();
            ArrayJson.write(profile, dir.resolve("profile.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String featureCollection(double[][][] rings) {
        StringBuilder s = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
        for (int i = 0; i < rings.length; i++) {
            s.append(i == 0 ? "" : ",").append("\n {\"type\": \"Feature\", \"properties\": {\"NAME\": \"basin ")
                    .append((char) ('A' + i)).append("\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[");
            double[][] ring = rings[i];
            for (int k = 0; k <= ring.length; k++) {
                double[] p = ring[k % ring.length];
                s.append(k == 0 ? "" : ", ").append(lonLat(p[0], p[1]));
            }
            s.append("]]}}");
        }
        return s.append("\n]}\n").toString();
    }

    private static String lonLat(double x, double y) {
        LonLat p = Epsg3031.toLonLat(new XY(x, y));
        return String.format(Locale.ROOT, "[%.9f, %.9f]", p.lon(), p.lat());
    }

    private static String lonLatCsv(double x, double y) {
        LonLat p = Epsg3031.toLonLat(new XY(x, y));
        return String.format(Locale.ROOT, "%.9f,%.9f", p.lon(), p.lat());
    }
}
