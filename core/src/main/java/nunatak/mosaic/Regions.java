package nunatak.mosaic;

import nunatak.catalog.Region;
import nunatak.geom.LonLatBox;
import nunatak.geom.PolarBox;

/** The catalog region of an EPSG:3031 box: the box itself and the lon/lat box around it, for STAC searches. */
final class Regions {
    private Regions() {
    }

    static Region of(double[] bbox) {
        if (bbox == null) {
            return Region.ALL;
        }
        LonLatBox ll = new PolarBox(bbox[0], bbox[1], bbox[2], bbox[3]).toLonLat();
        return Region.ofXy(bbox[0], bbox[1], bbox[2], bbox[3]).withLonLat(ll.west(), ll.south(), ll.east(), ll.north());
    }
}
