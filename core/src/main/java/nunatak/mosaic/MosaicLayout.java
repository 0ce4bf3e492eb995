package nunatak.mosaic;

import java.io.Serializable;
import java.util.List;
import nunatak.source.SourceOptions;
import nunatak.tiff.DataType;

/**
 * An opened mosaic as plain, serializable facts: tile slots in row-major order, overall size, type, nodata,
 * CRS. It holds no open handles, so it travels inside task descriptors to any executor.
 *
 * @param tileRows   number of tile rows (top to bottom)
 * @param tileCols   number of tile columns (left to right)
 * @param level      0 for full resolution, n for the n-th overview
 * @param dataType   the files' sample type
 * @param nodata     the files' nodata value, or null
 * @param epsg       the CRS, or null when the files do not name an EPSG code
 * @param areaOrPoint "Area" or "Point", as GDAL reports AREA_OR_POINT
 */
public record MosaicLayout(List<TileSlot> tiles, int tileRows, int tileCols, int level, int rows, int cols,
                           DataType dataType, Double nodata, Integer epsg, String areaOrPoint,
                           SourceOptions options) implements Serializable {

    public MosaicLayout {
        tiles = List.copyOf(tiles);
    }

    public TileSlot tile(int tileRow, int tileCol) {
        return tiles.get(tileRow * tileCols + tileCol);
    }

    public List<TileSlot> missing() {
        return tiles.stream().filter(t -> !t.present()).toList();
    }

    /** Pixel-centre y of every mosaic row, top to bottom, tile by tile as xarray's concatenation gives them. */
    public double[] yCoords() {
        double[] y = new double[rows];
        for (int tr = 0; tr < tileRows; tr++) {
            TileSlot t = tile(tr, 0);
            for (int k = 0; k < t.height(); k++) {
                y[t.row0() + k] = t.y(k);
            }
        }
        return y;
    }

    /** Pixel-centre x of every mosaic column, left to right. */
    public double[] xCoords() {
        double[] x = new double[cols];
        for (int tc = 0; tc < tileCols; tc++) {
            TileSlot t = tile(0, tc);
            for (int k = 0; k < t.width(); k++) {
                x[t.col0() + k] = t.x(k);
            }
        }
        return x;
    }

    /** Geotransform (GDAL order) of the whole mosaic: the top-left tile's origin and pixel size. */
    public double[] geoTransform() {
        return tiles.get(0).geoTransform().clone();
    }
}
