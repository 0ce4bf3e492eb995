package nunatak.mosaic;

import java.util.List;
import java.util.Map;
import nunatak.catalog.FileCatalog;
import nunatak.catalog.StacApi;
import nunatak.catalog.StacCatalog;
import nunatak.catalog.VrtCatalog;
import nunatak.source.SourceOptions;

/**
 * The source kinds whose catalogs place tiles (or list files): a static STAC catalog, a STAC API search, a GDAL VRT,
 * a list of files. Listing one reads the catalog only.
 *
 * <pre>{@code
 * MosaicSource stac = new CatalogSources.Stac("https://example.org/rema/mosaics/v2.0/32m.json");
 * MosaicSource api = new CatalogSources.StacApi("https://stac.pgc.umn.edu/api/v1/", "rema-mosaics-v2.0-32m");
 * MosaicSource vrt = new CatalogSources.Vrt("s3://bucket/rema_32m_dem.vrt", 1);
 * MosaicSource files = new CatalogSources.Files(List.of("tiles/*.tif"));
 * }</pre>
 */
public final class CatalogSources {
    /** Items a STAC API page asks for. */
    public static final int PAGE_SIZE = 500;

    private CatalogSources() {
    }

    /** A static STAC catalog, collection or item, walked only into children that can meet the box. */
    public record Stac(String url) implements MosaicSource {
        @Override
        public Listing list(double[] bbox, List<String> assets, SourceOptions options) {
            return new Listing(StacCatalog.read(url, Regions.of(bbox), options), Map.of());
        }

        @Override
        public String describe() {
            return "STAC catalog " + url;
        }
    }

    /** A STAC API item search of one collection, in the box's lon/lat box. */
    public record StacApi(String url, String collection) implements MosaicSource {
        @Override
        public Listing list(double[] bbox, List<String> assets, SourceOptions options) {
            return new Listing(nunatak.catalog.StacApi.search(url, collection, Regions.of(bbox), PAGE_SIZE, options),
                    Map.of());
        }

        @Override
        public String describe() {
            return "STAC API " + url + " collection " + collection;
        }
    }

    /** A GDAL VRT mosaic: band {@code band} of the VRT, its sources placed by SrcRect/DstRect. */
    public record Vrt(String url, int band) implements MosaicSource {
        @Override
        public Listing list(double[] bbox, List<String> assets, SourceOptions options) {
            return new Listing(VrtCatalog.read(url, band, options), Map.of());
        }

        @Override
        public String describe() {
            return "VRT " + url;
        }
    }

    /** Files (URIs, or local paths and globs), placed by their headers. */
    public record Files(List<String> uris) implements MosaicSource {
        public Files {
            uris = List.copyOf(uris);
        }

        @Override
        public Listing list(double[] bbox, List<String> assets, SourceOptions options) {
            return new Listing(FileCatalog.of(uris), Map.of());
        }

        @Override
        public String describe() {
            return "files " + uris;
        }
    }
}
