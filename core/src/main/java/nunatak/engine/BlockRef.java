package nunatak.engine;

import java.io.Serializable;

/** One COG block of one tile of a stage's mosaic. */
public record BlockRef(int tile, int bx, int by, long bytes) implements Serializable {
}
