package nunatak.plan;

import java.util.List;
import nunatak.blocks.BlockRef;

/**
 * One task as planned, before its block lists become descriptors: grid positions {@code [k0, k1) x [j0, j1)}, or
 * the sample points it computes, and the blocks it reads from each layer.
 */
record TaskDraft(int k0, int k1, int j0, int j1, int[] points, List<List<BlockRef>> blocks) {
}
