package nunatak.viewer;

import java.util.List;
import nunatak.mosaic.Listing;
import nunatak.mosaic.MosaicSource;
import nunatak.source.SourceOptions;

/**
 * A source listed once for every layer the viewer reads from it and every overview level: a STAC tree is walked, a
 * STAC API searched, a VRT parsed only once, however many layers and levels are opened from the listing.
 */
final class ListedSource implements MosaicSource {
    private static final long serialVersionUID = 1L;

    private final MosaicSource inner;
    private final List<String> assets;
    private transient Listing listing;

    /** @param assets every asset opened from this source: a template lists only the assets asked for */
    ListedSource(MosaicSource inner, List<String> assets) {
        this(inner, assets, null);
    }

    /** A source already listed (to learn its assets), so that it is not listed again. */
    ListedSource(MosaicSource inner, List<String> assets, Listing listing) {
        this.inner = inner;
        this.assets = List.copyOf(assets);
        this.listing = listing;
    }

    @Override
    public synchronized Listing list(double[] bbox, List<String> ignored, SourceOptions options) {
        if (listing == null) {
            listing = inner.list(bbox, assets, options);
        }
        return listing;
    }

    @Override
    public String describe() {
        return inner.describe();
    }
}
