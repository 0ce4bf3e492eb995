package nunatak.viewer;

import java.util.List;

/**
 * Everything {@code nunatak view} serves: the layers of one source, in one CRS. The server reads nothing else,
 * so no request can make it open another file or URL.
 *
 * <pre>{@code
 * ViewSource source = new MosaicSource(template, Map.of("dem", spec), UnaryOperator.identity(), Engine.local());
 * source.layerNames();          // [dem, mad, count]
 * source.layer("dem").levels(); // full resolution and overviews
 * }</pre>
 */
public interface ViewSource {

    /** What the page's title shows, e.g. the template. */
    String description();

    /** The EPSG code of every layer's coordinates; the viewer's tile grid is EPSG:3031's. */
    int epsg();

    /** Data layers, the primary (the DEM) first. */
    List<String> layerNames();

    /** The layer called {@code name}; an {@link nunatak.InvalidArgumentException} listing the layers otherwise. */
    RasterLayer layer(String name);
}
