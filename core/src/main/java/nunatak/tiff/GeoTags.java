package nunatak.tiff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link GeoReference} as GeoTIFF tags, the way {@link GeoKeys} reads them back: ModelPixelScale and
 * ModelTiepoint for north-up images, ModelTransformation otherwise, and a GeoKeyDirectory with the model
 * type, raster type (area or point), citation and the EPSG code.
 */
final class GeoTags {
    private GeoTags() {
    }

    static void put(TiffDirectory dir, GeoReference geo) {
        if (geo == null) {
            return;
        }
        double[] g = geo.geoTransform();
        if (geo.rasterType() == GeoReference.RasterType.POINT) {
            // GeoTIFF ties points to pixel centres; GeoReference always describes corners.
            g[0] += 0.5 * g[1] + 0.5 * g[2];
            g[3] += 0.5 * g[4] + 0.5 * g[5];
        }
        if (g[2] == 0 && g[4] == 0 && g[5] < 0) {
            dir.putDouble(Tag.MODEL_PIXEL_SCALE, g[1], -g[5], 0);
            dir.putDouble(Tag.MODEL_TIEPOINT, 0, 0, 0, g[0], g[3], 0);
        } else {
            dir.putDouble(Tag.MODEL_TRANSFORMATION, g[1], g[2], 0, g[0], g[4], g[5], 0, g[3], 0, 0, 0, 0, 0, 0, 0, 1);
        }
        List<int[]> keys = new ArrayList<>();
        Integer epsg = geo.epsg();
        if (epsg != null && (epsg < 1 || epsg > 0xFFFF)) {
            throw new nunatak.InvalidArgumentException("EPSG code " + epsg + " cannot be written: GeoTIFF keys hold "
                    + "codes 1..65535; use the EPSG code of the CRS (e.g. 3031 for Antarctic Polar Stereographic)");
        }
        boolean geographic = epsg != null && isGeographic(epsg);
        if (epsg != null) {
            keys.add(new int[] {GeoKeys.MODEL_TYPE, 0, 1, geographic ? 2 : 1});
        }
        keys.add(new int[] {GeoKeys.RASTER_TYPE, 0, 1, geo.rasterType() == GeoReference.RasterType.POINT ? 2 : 1});
        if (geo.citation() != null && !geo.citation().isEmpty()) {
            int bytes = geo.citation().getBytes(StandardCharsets.UTF_8).length;
            keys.add(new int[] {GeoKeys.CITATION, Tag.GEO_ASCII_PARAMS, bytes + 1, 0});
            dir.putAscii(Tag.GEO_ASCII_PARAMS, geo.citation() + "|");
        }
        if (epsg != null) {
            keys.add(new int[] {geographic ? GeoKeys.GEOGRAPHIC_TYPE : GeoKeys.PROJECTED_TYPE, 0, 1, epsg});
        }
        int[] dirValues = new int[4 + 4 * keys.size()];
        dirValues[0] = 1;
        dirValues[1] = 1;
        dirValues[2] = 0;
        dirValues[3] = keys.size();
        for (int k = 0; k < keys.size(); k++) {
            System.arraycopy(keys.get(k), 0, dirValues, 4 + 4 * k, 4);
        }
        dir.putShort(Tag.GEO_KEY_DIRECTORY, dirValues);
    }

    /** Geographic CRS codes as sorted [first, last] ranges, from a resource listed out of the EPSG dataset. */
    private static final class Geographic {
        static final int[][] RANGES = load();

        private static int[][] load() {
            List<int[]> out = new ArrayList<>();
            try (InputStream in = GeoTags.class.getResourceAsStream("epsg-geographic.txt")) {
                if (in == null) {
                    throw new IllegalStateException("epsg-geographic.txt is missing from the nunatak jar");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                    String t = line.trim();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    int dash = t.indexOf('-');
                    int a = Integer.parseInt(dash < 0 ? t : t.substring(0, dash));
                    int b = dash < 0 ? a : Integer.parseInt(t.substring(dash + 1));
                    out.add(new int[] {a, b});
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toArray(new int[0][]);
        }
    }

    /** Whether an EPSG code names a geographic (latitude/longitude) CRS rather than a projected one. */
    static boolean isGeographic(int epsg) {
        for (int[] r : Geographic.RANGES) {
            if (epsg < r[0]) {
                return false;
            }
            if (epsg <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
