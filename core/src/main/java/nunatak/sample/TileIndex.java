package nunatak.sample;

import nunatak.InvalidArgumentException;

/**
 * A tile of REMA's grid: row {@code i} (northwards) and column {@code j} (eastwards), written {@code 38_21}.
 *
 * <pre>{@code
 * TileIndex t = TileIndex.parse("38_21");   // i = 38 (row, northwards), j = 21 (column, eastwards)
 * }</pre>
 */
public record TileIndex(int i, int j) {

    public static TileIndex parse(String text) {
        String[] p = text.trim().split("_");
        if (p.length == 2) {
            try {
                return new TileIndex(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidArgumentException("tile '" + text + "' must be ROW_COL, e.g. 38_21");
    }

    @Override
    public String toString() {
        return String.format("%02d_%02d", i, j);
    }
}
