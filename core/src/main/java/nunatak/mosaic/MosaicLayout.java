package nunatak.mosaic;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nunatak.source.SourceOptions;
import nunatak.tiff.DataType;

/**
 * An opened mosaic layer as plain, serializable facts: its pixel grid at one level, the tiles placed on it in the
 * catalog's order, sample type, nodata, overlap rule and how to fetch bytes. It holds no open handles, so it
 * travels inside task descriptors to any executor. Tiles whose headers were not read yet (placed by a STAC item or
 * a VRT) are checked against their headers when a computation first reads them.
 *
 * @param source      what was opened, for messages ("template gs://…", "STAC catalog https://…")
 * @param level       0 for full resolution, n for the n-th overview
 * @param band        the band read from every tile, from 1
 * @param dataType    the tiles' sample type
 * @param nodata      the tiles' nodata value, or null
 * @param areaOrPoint "Area" or "Point", as GDAL reports AREA_OR_POINT
 * @param onMissing   what a listed tile that turns out not to exist means when a computation reads it
 * @param blockSize   the tiles' block side as far as known (a header that was read), for choosing chunk sizes
 * @param useMask     whether the tiles' internal masks turn pixels to NaN
 *
 * <pre>{@code
 * MosaicLayout notebook = Mosaic.open(MosaicSpec.of(template).rows("40:37").cols("20:23"));
 * notebook.rows();      // 1000
 * notebook.missing();   // the tile 38_21 (present=false), which reads as NaN
 * }</pre>
 */
public record MosaicLayout(String source, MosaicGrid grid, List<MosaicTile> tiles, int level, int band,
                           DataType dataType, Double nodata, String areaOrPoint, OverlapRule overlap,
                           MissingPolicy onMissing, SourceOptions options, int blockSize, boolean useMask)
        implements Serializable {

    public MosaicLayout {
        tiles = List.copyOf(tiles);
    }

    public int rows() {
        return grid.height();
    }

    public int cols() {
        return grid.width();
    }

    public Integer epsg() {
        return grid.epsg();
    }

    public boolean onMissingIsError() {
        return onMissing == MissingPolicy.ERROR;
    }

    public List<MosaicTile> missing() {
        return tiles.stream().filter(t -> !t.present()).toList();
    }

    /** Pixel-centre y of every row, top to bottom. */
    public double[] yCoords() {
        double[] y = new double[rows()];
        for (int k = 0; k < y.length; k++) {
            y[k] = grid.y(k);
        }
        return y;
    }

    /** Pixel-centre x of every column, left to right. */
    public double[] xCoords() {
        double[] x = new double[cols()];
        for (int k = 0; k < x.length; k++) {
            x[k] = grid.x(k);
        }
        return x;
    }

    /** Geotransform (GDAL order) of the whole mosaic. */
    public double[] geoTransform() {
        return grid.geoTransform();
    }

    /** Indices of the present tiles that hold a pixel of the rectangle, in the catalog's order. */
    public List<Integer> tilesMeeting(int r0, int r1, int c0, int c1) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < tiles.size(); t++) {
            MosaicTile tile = tiles.get(t);
            if (tile.present() && tile.meets(r0, r1, c0, c1)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether some pixel of the grid lies in no present tile (it then reads as NaN, so integer data needs a float
     * type). A sweep over the tiles' row bands that stops at the first gap.
     */
    public boolean hasHoles() {
        List<MosaicTile> present = tiles.stream().filter(MosaicTile::present).toList();
        List<Integer> edges = new ArrayList<>(List.of(0, rows()));
        for (MosaicTile t : present) {
            edges.add(Math.max(0, Math.min(rows(), t.row0())));
            edges.add(Math.max(0, Math.min(rows(), t.row1())));
        }
        List<Integer> bands = edges.stream().distinct().sorted().toList();
        for (int b = 0; b + 1 < bands.size(); b++) {
            int r = bands.get(b);
            List<MosaicTile> across = present.stream().filter(t -> t.row0() <= r && r < t.row1())
                    .sorted(Comparator.comparingInt(MosaicTile::col0)).toList();
            int covered = 0;
            for (MosaicTile t : across) {
                if (t.col0() > covered) {
                    return true;
                }
                covered = Math.max(covered, t.col1());
            }
            if (covered < cols()) {
                return true;
            }
        }
        return false;
    }
}
