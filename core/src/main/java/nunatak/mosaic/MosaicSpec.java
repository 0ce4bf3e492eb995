package nunatak.mosaic;

import java.io.Serializable;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.source.SourceOptions;

/**
 * A mosaic given by a URI template over REMA's 100 km grid cells: placeholders {@code {i}} (row, growing
 * northwards) and {@code {j}} (column), optionally {@code {sr}}/{@code {sc}} (REMA v2 2 m quarter tiles, 1 or 2) and
 * {@code {asset}} (the layer: dem, mad, count, ...). Tiles are placed by their own georeferencing, so they may
 * overlap (REMA v2's buffers) or be partial; a tile that does not exist leaves its cell NaN.
 *
 * <pre>{@code
 * MosaicSpec spec = MosaicSpec.of("gs://pangeo-pgc/8m/{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif")
 *         .rows("40:37").cols("20:23").withChunks(5000);
 * }</pre>
 *
 * @param chunks chunk side in pixels, or 0 for the default (about 128 MiB, whole COG blocks)
 * @param layer  which asset, band and level to read, the overlap rule and how to fetch bytes
 */
public record MosaicSpec(UriTemplate template, List<Integer> rows, List<Integer> cols, int chunks, LayerOptions layer)
        implements Serializable {

    public MosaicSpec {
        rows = List.copyOf(rows);
        cols = List.copyOf(cols);
        if (rows.isEmpty() || cols.isEmpty()) {
            throw new InvalidArgumentException("a mosaic needs at least one tile row and one tile column");
        }
        if (chunks < 0) {
            throw new InvalidArgumentException("chunks must be >= 0, got " + chunks);
        }
    }

    /** A template with tile row and column 1; choose them with {@link #rows(String)} and {@link #cols(String)}. */
    public static MosaicSpec of(String template) {
        return new MosaicSpec(UriTemplate.parse(template), List.of(1), List.of(1), 0, LayerOptions.DEFAULT);
    }

    /** Tile rows as the notebook writes them, e.g. "40:37" (north to south) or "38". */
    public MosaicSpec rows(String range) {
        return withRows(IndexRange.parse(range).indices());
    }

    /** Tile columns, e.g. "20:23". */
    public MosaicSpec cols(String range) {
        return withCols(IndexRange.parse(range).indices());
    }

    public MosaicSpec withRows(List<Integer> newRows) {
        return new MosaicSpec(template, newRows, cols, chunks, layer);
    }

    public MosaicSpec withCols(List<Integer> newCols) {
        return new MosaicSpec(template, rows, newCols, chunks, layer);
    }

    public MosaicSpec withChunks(int size) {
        return new MosaicSpec(template, rows, cols, size, layer);
    }

    public MosaicSpec withLayer(LayerOptions v) {
        return new MosaicSpec(template, rows, cols, chunks, v);
    }

    public MosaicSpec withOverview(int level) {
        return withLayer(layer.withLevel(level));
    }

    public MosaicSpec withOnMissing(MissingPolicy policy) {
        return withLayer(layer.withOnMissing(policy));
    }

    public MosaicSpec withOptions(SourceOptions o) {
        return withLayer(layer.withOptions(o));
    }

    /** The layer for an {@code {asset}} placeholder ("dem" by default). */
    public MosaicSpec withAsset(String asset) {
        return withLayer(layer.withAsset(asset));
    }

    public MosaicSpec withBand(int band) {
        return withLayer(layer.withBand(band));
    }

    public MosaicSpec withOverlap(OverlapRule rule) {
        return withLayer(layer.withOverlap(rule));
    }

    public int overview() {
        return layer.level();
    }

    public MissingPolicy onMissing() {
        return layer.onMissing();
    }

    public SourceOptions options() {
        return layer.options();
    }
}
