package nunatak.mosaic;

import java.io.Serializable;
import java.util.List;
import nunatak.InvalidArgumentException;
import nunatak.source.SourceOptions;

/**
 * Which tiles make a mosaic and how to read them: a URI template with {@code {i}}/{@code {j}} placeholders,
 * the tile rows top to bottom and columns left to right (REMA rows grow northwards, so the notebook's
 * 40..37 lists them north to south), the overview level, the chunk size, and source options.
 *
 * <pre>{@code
 * MosaicSpec spec = MosaicSpec.of("gs://pangeo-pgc/8m/{i:02d}_{j:02d}/{i:02d}_{j:02d}_8m_dem_COG_LZW.tif")
 *         .withRows(IndexRange.parse("40:37").indices())
 *         .withCols(IndexRange.parse("20:23").indices())
 *         .withChunks(5000);
 * }</pre>
 *
 * @param chunks chunk side in pixels, or 0 for the default (about 128 MiB, whole COG blocks)
 */
public record MosaicSpec(UriTemplate template, List<Integer> rows, List<Integer> cols, int overview, int chunks,
                         MissingPolicy onMissing, SourceOptions options) implements Serializable {

    public MosaicSpec {
        rows = List.copyOf(rows);
        cols = List.copyOf(cols);
        if (rows.isEmpty() || cols.isEmpty()) {
            throw new InvalidArgumentException("a mosaic needs at least one tile row and one tile column");
        }
        if (overview < 0 || chunks < 0) {
            throw new InvalidArgumentException("overview and chunks must be >= 0");
        }
    }

    public static MosaicSpec of(String template) {
        return new MosaicSpec(UriTemplate.parse(template), List.of(1), List.of(1), 0, 0, MissingPolicy.NAN,
                SourceOptions.DEFAULT);
    }

    public MosaicSpec withRows(List<Integer> newRows) {
        return new MosaicSpec(template, newRows, cols, overview, chunks, onMissing, options);
    }

    public MosaicSpec withCols(List<Integer> newCols) {
        return new MosaicSpec(template, rows, newCols, overview, chunks, onMissing, options);
    }

    public MosaicSpec withOverview(int level) {
        return new MosaicSpec(template, rows, cols, level, chunks, onMissing, options);
    }

    public MosaicSpec withChunks(int size) {
        return new MosaicSpec(template, rows, cols, overview, size, onMissing, options);
    }

    public MosaicSpec withOnMissing(MissingPolicy policy) {
        return new MosaicSpec(template, rows, cols, overview, chunks, policy, options);
    }

    public MosaicSpec withOptions(SourceOptions o) {
        return new MosaicSpec(template, rows, cols, overview, chunks, onMissing, o);
    }

}
