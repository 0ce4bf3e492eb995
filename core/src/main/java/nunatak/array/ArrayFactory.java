package nunatak.array;

import java.util.List;
import java.util.Map;
import nunatak.catalog.CatalogTile;
import nunatak.catalog.TileCatalog;
import nunatak.mosaic.LayerOptions;
import nunatak.mosaic.MosaicLayout;
import nunatak.mosaic.MosaicOpener;
import nunatak.source.Locations;
import nunatak.source.SourceOptions;
import nunatak.tiff.GeoTiffCache;

/** Builds arrays: over a mosaic layer with rioxarray's coordinates and georeferencing, or over values in memory. */
final class ArrayFactory {
    private ArrayFactory() {
    }

    static DataArray fromMosaic(MosaicLayout layout, int chunkSide) {
        Dtype dtype = Dtype.of(layout.dataType());
        int side = chunkSide > 0 ? chunkSide
                : Chunks.defaultSide(layout.rows(), layout.cols(), dtype.itemSize(), layout.blockSize());
        Node.Mosaic node = new Node.Mosaic(layout, side, side);
        int[][] chunks = {Chunks.regular(layout.rows(), side), Chunks.regular(layout.cols(), side)};
        double[][] coords = {layout.yCoords(), layout.xCoords()};
        ArrayParts p = ArrayParts.of(null, new String[] {"y", "x"}, coords, Map.of(), Map.of(), chunks, node);
        p.georef = georef(layout);
        return new DataArray(p);
    }

    static Georef georef(MosaicLayout layout) {
        return new Georef(layout.epsg(), Affine.fromGdal(layout.geoTransform()), layout.nodata(), layout.areaOrPoint());
    }

    static DataArray fromFile(String uri, int band) {
        // A file that is not there is an error about that file (its URI, "no such file"), not about a mosaic that
        // lacks all its tiles; the header read here is the one the mosaic then takes from the cache.
        GeoTiffCache.open(uri, SourceOptions.DEFAULT);
        String id = Locations.toUri(uri).getPath();
        id = id == null || id.isEmpty() ? uri : id.substring(id.lastIndexOf('/') + 1);
        TileCatalog one = new TileCatalog("file " + uri, List.of(CatalogTile.of(id, Map.of("band" + band, uri), null)),
                null, null, null);
        return fromMosaic(MosaicOpener.open(one, LayerOptions.DEFAULT.withBand(band), Map.of()), 0);
    }

    static DataArray fromGrid(Grid grid, double[] y, double[] x) {
        if (y.length != grid.rows() || x.length != grid.cols()) {
            throw new nunatak.InvalidArgumentException("coordinates (" + y.length + ", " + x.length
                    + ") do not match the values' shape (" + grid.rows() + ", " + grid.cols() + ")");
        }
        int[][] chunks = {new int[] {grid.rows()}, new int[] {grid.cols()}};
        return new DataArray(null, new String[] {"y", "x"}, new double[][] {y.clone(), x.clone()}, Map.of(), Map.of(),
                chunks, new Node.Memory(grid));
    }
}
