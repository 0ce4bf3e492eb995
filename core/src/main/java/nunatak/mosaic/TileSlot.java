package nunatak.mosaic;

import java.io.Serializable;

/**
 * One tile's place in a mosaic at one level: where its pixels go ({@code row0}, {@code col0} in mosaic pixels),
 * its size, block layout and geotransform (GDAL order), and whether the file exists. A missing tile keeps its
 * place, with geometry inferred from its neighbours, and reads as NaN.
 */
public record TileSlot(int i, int j, String uri, boolean present, int row0, int col0, int width, int height,
                       int blockWidth, int blockHeight, double[] geoTransform) implements Serializable {

    /** "38_21", as REMA names tiles. */
    public String name() {
        return String.format("%02d_%02d", i, j);
    }

    public int blocksAcross() {
        return (width + blockWidth - 1) / blockWidth;
    }

    public int blocksDown() {
        return (height + blockHeight - 1) / blockHeight;
    }

    /** Pixel-centre x of column {@code k} of this tile, computed as rioxarray does (bit-identical). */
    public double x(int k) {
        return (k + 0.5) * geoTransform[1] + geoTransform[0];
    }

    /** Pixel-centre y of row {@code k} of this tile, computed as rioxarray does (bit-identical). */
    public double y(int k) {
        return (k + 0.5) * geoTransform[5] + geoTransform[3];
    }
}
