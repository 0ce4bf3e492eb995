package nunatak.geom;

import java.io.Serializable;
import nunatak.InvalidArgumentException;

/**
 * An axis-aligned box in EPSG:3031 metres.
 *
 * <pre>{@code
 * PolarBox tiles = new PolarBox(-1_000_000, 500_000, -800_000, 700_000);
 * LonLatBox search = tiles.toLonLat();   // for a STAC item search
 * }</pre>
 */
public record PolarBox(double minX, double minY, double maxX, double maxY) implements Serializable {

    public PolarBox {
        if (!(minX <= maxX && minY <= maxY) || !Double.isFinite(minX) || !Double.isFinite(maxX)
                || !Double.isFinite(minY) || !Double.isFinite(maxY)) {
            throw new InvalidArgumentException("EPSG:3031 box [" + minX + ", " + minY + ", " + maxX + ", " + maxY
                    + "] must be finite with min <= max on both axes");
        }
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    /** The smallest lon/lat box holding every point of this box (see {@link BoxProjection}). */
    public LonLatBox toLonLat() {
        return BoxProjection.toLonLat(this);
    }

    @Override
    public String toString() {
        return "[" + minX + ", " + minY + ", " + maxX + ", " + maxY + "]";
    }
}
