package nunatak.catalog;

import java.io.Serializable;
import nunatak.tiff.DataType;

/**
 * What a catalog says of one layer (asset) of its tiles: the sample type and the nodata value, either null when the
 * catalog does not say (the mosaic layer then reads one tile's header).
 *
 * <pre>{@code
 * LayerInfo count = source.list(null, List.of("count"), SourceOptions.DEFAULT).catalog().layers().get("count");
 * }</pre>
 */
public record LayerInfo(DataType dataType, Double nodata) implements Serializable {
}
