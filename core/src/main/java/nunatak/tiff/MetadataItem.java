package nunatak.tiff;

import java.io.Serializable;

/**
 * One item of GDAL's metadata (tag 42112): dataset items have {@code band} -1, band items the 0-based band.
 * {@code role} is set for items GDAL gives a meaning (scale, offset, unittype, description).
 *
 * <pre>{@code
 * for (MetadataItem m : GeoTiff.open("dem.tif").metadata()) {
 *     System.out.println((m.band() < 0 ? "dataset" : "band " + m.band()) + ": " + m.name() + " = " + m.value());
 * }
 * }</pre>
 */
public record MetadataItem(String name, String value, int band, String role, String domain) implements Serializable {
}
