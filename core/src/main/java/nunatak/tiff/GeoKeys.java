package nunatak.tiff;

import java.net.URI;
import nunatak.BadContentException;

/** Reads the GeoTIFF tags of the first directory into a {@link GeoReference}. */
final class GeoKeys {
    static final int MODEL_TYPE = 1024;
    static final int RASTER_TYPE = 1025;
    static final int CITATION = 1026;
    static final int GEOGRAPHIC_TYPE = 2048;
    static final int PROJECTED_TYPE = 3072;
    static final int USER_DEFINED = 32767;

    private GeoKeys() {
    }

    /** The georeferencing, or null for a plain TIFF. */
    static GeoReference read(Ifd ifd, URI uri) {
        double[] gt = transform(ifd, uri);
        long[] dir = ifd.longs(Tag.GEO_KEY_DIRECTORY);
        if (gt == null && dir == null) {
            return null;
        }
        Integer epsg = null;
        GeoReference.RasterType rasterType = GeoReference.RasterType.AREA;
        String citation = null;
        if (dir != null) {
            if (dir.length < 4 || dir.length < 4 + 4 * dir[3]) {
                throw new BadContentException(uri + ": GeoKeyDirectory (34735) is truncated");
            }
            int modelType = 0;
            int geographic = 0;
            int projected = 0;
            for (int k = 0; k < dir[3]; k++) {
                int base = 4 + 4 * k;
                int key = (int) dir[base];
                int location = (int) dir[base + 1];
                int count = (int) dir[base + 2];
                int value = (int) dir[base + 3];
                switch (key) {
                    case MODEL_TYPE -> modelType = value;
                    case RASTER_TYPE -> rasterType = value == 2 ? GeoReference.RasterType.POINT
                            : GeoReference.RasterType.AREA;
                    case GEOGRAPHIC_TYPE -> geographic = location == 0 ? value : 0;
                    case PROJECTED_TYPE -> projected = location == 0 ? value : 0;
                    case CITATION -> citation = ascii(ifd, location, count, value);
                    default -> {
                        // other keys (units, datum details) are implied by the EPSG code
                    }
                }
            }
            if (projected > 0 && projected != USER_DEFINED) {
                epsg = projected;
            } else if (modelType != 1 && geographic > 0 && geographic != USER_DEFINED) {
                epsg = geographic;
            }
        }
        if (gt == null) {
            gt = new double[] {0, 1, 0, 0, 1, 0};
        } else if (rasterType == GeoReference.RasterType.POINT) {
            gt[0] -= 0.5 * gt[1] + 0.5 * gt[2];
            gt[3] -= 0.5 * gt[4] + 0.5 * gt[5];
        }
        return new GeoReference(gt, epsg, rasterType, citation);
    }

    private static double[] transform(Ifd ifd, URI uri) {
        double[] m = ifd.doubles(Tag.MODEL_TRANSFORMATION);
        if (m != null) {
            if (m.length < 16) {
                throw new BadContentException(uri + ": ModelTransformation (34264) needs 16 values, has " + m.length);
            }
            return new double[] {m[3], m[0], m[1], m[7], m[4], m[5]};
        }
        double[] tie = ifd.doubles(Tag.MODEL_TIEPOINT);
        double[] scale = ifd.doubles(Tag.MODEL_PIXEL_SCALE);
        if (tie == null || scale == null) {
            return null;
        }
        if (tie.length < 6 || scale.length < 2) {
            throw new BadContentException(uri + ": ModelTiepoint (33922) / ModelPixelScale (33550) are truncated");
        }
        double a = scale[0];
        double e = -scale[1];
        return new double[] {tie[3] - tie[0] * a, a, 0, tie[4] - tie[1] * e, 0, e};
    }

    private static String ascii(Ifd ifd, int location, int count, int offset) {
        String all = location == Tag.GEO_ASCII_PARAMS ? ifd.text(Tag.GEO_ASCII_PARAMS) : null;
        if (all == null || offset < 0 || offset >= all.length()) {
            return null;
        }
        String s = all.substring(offset, Math.min(all.length(), offset + count));
        return s.endsWith("|") ? s.substring(0, s.length() - 1) : s;
    }
}
