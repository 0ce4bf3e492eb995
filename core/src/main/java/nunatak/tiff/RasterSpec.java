package nunatak.tiff;

import java.util.List;
import nunatak.InvalidArgumentException;

/**
 * What {@link CogWriter} writes besides the pixels: size, sample type, georeferencing (null for a plain TIFF),
 * nodata (null for none) and GDAL metadata items.
 *
 * <pre>{@code
 * RasterSpec spec = RasterSpec.of(1000, 800, DataType.FLOAT32)
 *         .withGeo(new GeoReference(new double[] {-1.1e6, 400, 0, 1e6, 0, -400}, 3031,
 *                 GeoReference.RasterType.AREA, null))
 *         .withNodata(-9999);
 * }</pre>
 */
public record RasterSpec(int width, int height, DataType dataType, GeoReference geo, Double nodata,
                         List<MetadataItem> metadata) {

    public RasterSpec {
        if (width < 1 || height < 1) {
            throw new InvalidArgumentException("cannot write an image of " + width + " x " + height
                    + " pixels; width and height must be at least 1");
        }
        if (dataType == null) {
            throw new InvalidArgumentException("the data type of the image to write is missing");
        }
        metadata = metadata == null ? List.of() : List.copyOf(metadata);
    }

    public static RasterSpec of(int width, int height, DataType dataType) {
        return new RasterSpec(width, height, dataType, null, null, List.of());
    }

    public RasterSpec withGeo(GeoReference v) {
        return new RasterSpec(width, height, dataType, v, nodata, metadata);
    }

    public RasterSpec withNodata(double v) {
        return new RasterSpec(width, height, dataType, geo, v, metadata);
    }

    public RasterSpec withoutNodata() {
        return new RasterSpec(width, height, dataType, geo, null, metadata);
    }

    public RasterSpec withMetadata(List<MetadataItem> v) {
        return new RasterSpec(width, height, dataType, geo, nodata, v);
    }

    /** Adds one dataset-level metadata item ({@code band} -1). */
    public RasterSpec withMetadataItem(String name, String value) {
        List<MetadataItem> all = new java.util.ArrayList<>(metadata);
        all.add(new MetadataItem(name, value, -1, null, null));
        return new RasterSpec(width, height, dataType, geo, nodata, all);
    }

    /** True when a value of the image counts as missing: NaN, or equal to the nodata value. */
    public boolean isInvalid(double v) {
        return v != v || (nodata != null && v == nodata);
    }
}
