package nunatak.viewer;

import nunatak.InvalidArgumentException;
import nunatak.mosaic.MosaicSource;

/**
 * One layer the viewer serves: the name requests and the page use, the source, and the asset of the source's tiles
 * that holds it (REMA's {@code dem}, {@code mad}, ...; a VRT's or a file list's only asset is {@code dem}).
 *
 * <pre>{@code
 * LayerSpec mad = new LayerSpec("mad", new CatalogSources.Vrt("rema_32m_mad.vrt", 1), "dem");
 * }</pre>
 */
public record LayerSpec(String name, MosaicSource source, String asset) {

    public LayerSpec {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new InvalidArgumentException("layer name '" + name + "' must start with a letter and hold only "
                    + "letters, digits, '_' and '-'");
        }
        if (name.equals(ViewSource.HILLSHADE)) {
            throw new InvalidArgumentException("'" + ViewSource.HILLSHADE + "' is the relief the viewer derives from "
                    + "the first layer; call the layer something else");
        }
    }
}
