package nunatak.catalog;

import java.net.URI;
import nunatak.source.Locations;
import nunatak.source.SourceOptions;

/**
 * A static STAC catalog as a tile catalog: a catalog, collection, item or item collection read over file,
 * http(s), s3 or gs, walked concurrently into the children that can intersect the region. Collections are
 * pruned by {@code extent.spatial.bbox} (lon/lat), PGC's per-cell catalogs and items by their REMA cell name
 * ({@code 38_21.json}, EPSG:3031), items by {@code proj:bbox} (else {@code bbox}). Items with the projection
 * extension give footprints without any request to their tiles; every GeoTIFF asset becomes a layer, with hrefs
 * resolved against the JSON that holds them ({@code alternate.s3.href} when the catalog itself is read over
 * s3://). Open one collection (one resolution): PGC's root catalog lists all three.
 *
 * <pre>{@code
 * TileCatalog c = StacCatalog.read("https://pgc-opendata-dems.s3.us-west-2.amazonaws.com/rema/mosaics/v2.0/32m.json",
 *         Region.ofXy(-1_100_000, 600_000, -700_000, 1_000_000), SourceOptions.DEFAULT);
 * c.tiles().size();   // the 32 m tiles of rows 37..40, cols 20..23 and their neighbours' edges
 * }</pre>
 */
public final class StacCatalog {
    private StacCatalog() {
    }

    /**
     * @param uri    a catalog, collection or item: a path or a file:, http(s)://, s3:// or gs:// URI
     * @param region what to read; null or {@link Region#ALL} for everything
     */
    public static TileCatalog read(String uri, Region region, SourceOptions options) {
        URI start = Locations.toUri(uri);
        boolean viaS3 = "s3".equalsIgnoreCase(start.getScheme());
        StacWalk walk = new StacWalk(region == null ? Region.ALL : region, options, viaS3);
        return StacItems.catalog("STAC catalog " + start, walk.run(start));
    }
}
