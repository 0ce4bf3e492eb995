package nunatak.tiff;

import java.util.Map;

/**
 * TIFF, GeoTIFF and GDAL tag numbers nunatak reads or writes, with names for error messages.
 *
 * <pre>{@code
 * Tag.describe(Tag.COMPRESSION);   // "Compression (259)", as error messages name tags
 * }</pre>
 */
public final class Tag {
    private Tag() {
    }

    public static final int NEW_SUBFILE_TYPE = 254;
    public static final int IMAGE_WIDTH = 256;
    public static final int IMAGE_LENGTH = 257;
    public static final int BITS_PER_SAMPLE = 258;
    public static final int COMPRESSION = 259;
    public static final int PHOTOMETRIC = 262;
    public static final int STRIP_OFFSETS = 273;
    public static final int SAMPLES_PER_PIXEL = 277;
    public static final int ROWS_PER_STRIP = 278;
    public static final int STRIP_BYTE_COUNTS = 279;
    public static final int PLANAR_CONFIGURATION = 284;
    public static final int SOFTWARE = 305;
    public static final int JPEG_TABLES = 347;
    public static final int PREDICTOR = 317;
    public static final int TILE_WIDTH = 322;
    public static final int TILE_LENGTH = 323;
    public static final int TILE_OFFSETS = 324;
    public static final int TILE_BYTE_COUNTS = 325;
    public static final int EXTRA_SAMPLES = 338;
    public static final int SAMPLE_FORMAT = 339;
    public static final int YCBCR_SUBSAMPLING = 530;
    public static final int MODEL_PIXEL_SCALE = 33550;
    public static final int MODEL_TIEPOINT = 33922;
    public static final int MODEL_TRANSFORMATION = 34264;
    public static final int GEO_KEY_DIRECTORY = 34735;
    public static final int GEO_DOUBLE_PARAMS = 34736;
    public static final int GEO_ASCII_PARAMS = 34737;
    public static final int GDAL_METADATA = 42112;
    public static final int GDAL_NODATA = 42113;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(NEW_SUBFILE_TYPE, "NewSubfileType"),
            Map.entry(IMAGE_WIDTH, "ImageWidth"),
            Map.entry(IMAGE_LENGTH, "ImageLength"),
            Map.entry(BITS_PER_SAMPLE, "BitsPerSample"),
            Map.entry(COMPRESSION, "Compression"),
            Map.entry(PHOTOMETRIC, "PhotometricInterpretation"),
            Map.entry(STRIP_OFFSETS, "StripOffsets"),
            Map.entry(SAMPLES_PER_PIXEL, "SamplesPerPixel"),
            Map.entry(ROWS_PER_STRIP, "RowsPerStrip"),
            Map.entry(STRIP_BYTE_COUNTS, "StripByteCounts"),
            Map.entry(PLANAR_CONFIGURATION, "PlanarConfiguration"),
            Map.entry(SOFTWARE, "Software"),
            Map.entry(JPEG_TABLES, "JPEGTables"),
            Map.entry(PREDICTOR, "Predictor"),
            Map.entry(TILE_WIDTH, "TileWidth"),
            Map.entry(TILE_LENGTH, "TileLength"),
            Map.entry(TILE_OFFSETS, "TileOffsets"),
            Map.entry(TILE_BYTE_COUNTS, "TileByteCounts"),
            Map.entry(EXTRA_SAMPLES, "ExtraSamples"),
            Map.entry(SAMPLE_FORMAT, "SampleFormat"),
            Map.entry(YCBCR_SUBSAMPLING, "YCbCrSubsampling"),
            Map.entry(MODEL_PIXEL_SCALE, "ModelPixelScale"),
            Map.entry(MODEL_TIEPOINT, "ModelTiepoint"),
            Map.entry(MODEL_TRANSFORMATION, "ModelTransformation"),
            Map.entry(GEO_KEY_DIRECTORY, "GeoKeyDirectory"),
            Map.entry(GEO_DOUBLE_PARAMS, "GeoDoubleParams"),
            Map.entry(GEO_ASCII_PARAMS, "GeoAsciiParams"),
            Map.entry(GDAL_METADATA, "GDAL_METADATA"),
            Map.entry(GDAL_NODATA, "GDAL_NODATA"));

    /** "TileOffsets (324)", or "tag 50839" for tags we do not know by name. */
    public static String describe(int tag) {
        String n = NAMES.get(tag);
        return n == null ? "tag " + tag : n + " (" + tag + ")";
    }
}
