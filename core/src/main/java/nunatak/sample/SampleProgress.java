package nunatak.sample;

import java.nio.file.Path;

/**
 * What {@link SampleMosaic} reports while it works, in pixel rows of all tiles together. Called from the
 * generating threads, so implementations must be thread-safe.
 *
 * <pre>{@code
 * SampleProgress log = new SampleProgress() {
 *     public void tileDone(TileIndex tile, Path file, boolean reused) {
 *         System.out.println(tile + (reused ? " kept" : " written") + ": " + file);
 *     }
 * };
 * SampleMosaic.generate(SampleOptions.defaults(Path.of("sample")).withRes(400), log);
 * }</pre>
 */
public interface SampleProgress {
    SampleProgress NONE = new SampleProgress() {
    };

    /** Before any work: the number of tiles and the total rows to go through. */
    default void started(int tiles, long totalRows) {
    }

    /** More rows done (generated, or skipped because a tile is reused). */
    default void advanced(long rows) {
    }

    /** A tile is finished: written, or kept because it already existed. */
    default void tileDone(TileIndex tile, Path file, boolean reused) {
    }
}
