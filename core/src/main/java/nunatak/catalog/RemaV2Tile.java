package nunatak.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nunatak.BadContentException;
import nunatak.mosaic.RemaGrid;

/**
 * One DEM tile of REMA v2 as the continental index lists it: its key in the bucket, size, place in the
 * continental grid and top-left corner. The other layers sit beside it ({@link #path(RemaV2Layer)}).
 *
 * <pre>{@code
 * RemaV2Tile t = RemaV2Index.tiles("10m").get(0);
 * t.id();                     // "06_37"
 * t.path(RemaV2Layer.MAD);    // "10m/06_37/06_37_10m_v2.0_mad.tif"
 * }</pre>
 *
 * @param resolution "2m", "10m" or "32m"
 * @param key        the DEM's object key, {@code rema/mosaics/v2.0/10m/06_37/06_37_10m_v2.0_dem.tif}
 * @param colOff     the tile's first column in the continental grid ({@link RemaV2Index#grid})
 * @param rowOff     the tile's first row in the continental grid
 * @param xmin       EPSG:3031 x of the tile's left edge
 * @param ymax       EPSG:3031 y of the tile's top edge
 */
public record RemaV2Tile(String resolution, String key, int width, int height, int colOff, int rowOff, double xmin,
                         double ymax) {
    /** The DEM keys: {@code {supertile}/{supertile}[_{sr}_{sc}]_{res}_v2.0_dem.tif}; a trailing s marks merged tiles. */
    private static final Pattern KEY = Pattern.compile(
            "rema/mosaics/v2\\.0/(\\d+m)/((\\d+)_(\\d+)s?)/(\\2(?:_[12]_[12])?)_\\1_v2\\.0_dem\\.tif");
    static final String PREFIX = "rema/mosaics/v2.0/";

    public RemaV2Tile {
        Matcher m = KEY.matcher(key);
        if (!m.matches() || !m.group(1).equals(resolution) || width < 1 || height < 1) {
            throw new BadContentException("REMA v2 index entry " + key + " (" + width + " x " + height
                    + ") does not follow PGC's naming {row}_{col}/{row}_{col}[_{sr}_{sc}]_" + resolution
                    + "_v2.0_dem.tif");
        }
    }

    private Matcher parts() {
        Matcher m = KEY.matcher(key);
        m.matches();
        return m;
    }

    /** PGC's directory of the tile: the 100 km cell "06_37", or "62_06s" for a merged tile. */
    public String supertile() {
        return parts().group(2);
    }

    /** The 100 km cell's row (1-based, counted northwards from y = -3000 km). */
    public int row() {
        return Integer.parseInt(parts().group(3));
    }

    /** The 100 km cell's column (1-based, counted eastwards from x = -3000 km). */
    public int col() {
        return Integer.parseInt(parts().group(4));
    }

    /** The tile's short name: "06_37", "06_37_2_1" (a 2 m quarter), "62_06s_1_1". */
    public String id() {
        return parts().group(5);
    }

    /** PGC's item id and file stem: "06_37_10m_v2.0". */
    public String itemId() {
        return id() + "_" + resolution + "_v2.0";
    }

    /** Path of a layer's file under the version directory ({@code .../rema/mosaics/v2.0/}). */
    public String path(RemaV2Layer layer) {
        return resolution + "/" + supertile() + "/" + itemId() + "_" + layer.suffix() + ".tif";
    }

    public double pixelSize() {
        return RemaV2Index.pixelSize(resolution);
    }

    /** Where the tile lies, from the index alone. */
    public Footprint footprint() {
        double res = pixelSize();
        return new Footprint(width, height, new double[] {xmin, res, 0, ymax, 0, -res}, RemaGrid.EPSG);
    }

    /** (minX, minY, maxX, maxY) in EPSG:3031. */
    public double[] bounds() {
        return footprint().bounds();
    }
}
