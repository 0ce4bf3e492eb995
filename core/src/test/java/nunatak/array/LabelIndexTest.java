package nunatak.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nunatak.InvalidArgumentException;
import org.junit.jupiter.api.Test;

/** pandas' rules, which xarray's sel follows. */
class LabelIndexTest {
    private static final double[] UP = {10, 20, 30, 40};
    private static final double[] DOWN = {40, 30, 20, 10};

    @Test
    void nearestTiesGoToTheLargerLabelOnBothOrders() {
        assertEquals(2, LabelIndex.nearest(UP, 25));   // pandas: 30
        assertEquals(1, LabelIndex.nearest(DOWN, 25)); // pandas: 30
        assertEquals(0, LabelIndex.nearest(UP, -100));
        assertEquals(3, LabelIndex.nearest(DOWN, -100));
        assertEquals(1, LabelIndex.nearest(UP, 21));
        assertEquals(2, LabelIndex.nearest(DOWN, 21));
        assertEquals(3, LabelIndex.nearest(UP, 40));
    }

    @Test
    void labelSlicesAreInclusiveAndFollowIndexOrder() {
        assertEquals(new IndexMap(1, 1, 2), LabelIndex.slice(UP, 15.0, 30.0));
        assertEquals(new IndexMap(1, 1, 2), LabelIndex.slice(DOWN, 35.0, 20.0));
        assertEquals(0, LabelIndex.slice(DOWN, 20.0, 35.0).count()); // wrong order gives nothing, as pandas
        assertEquals(new IndexMap(0, 1, 4), LabelIndex.slice(UP, null, null));
    }

    @Test
    void exactSelectionNeedsAnExactLabel() {
        assertEquals(2, LabelIndex.exact(UP, 30, "x"));
        assertThrows(InvalidArgumentException.class, () -> LabelIndex.exact(UP, 31, "x"));
    }

    @Test
    void pythonSlices() {
        assertEquals(new IndexMap(2, 1, 3), new Slice(2, 5, 1).resolve(10));
        assertEquals(new IndexMap(7, 1, 3), new Slice(-3, null, 1).resolve(10));
        assertEquals(new IndexMap(1, 4, 3), new Slice(1, null, 4).resolve(10));
        assertEquals(0, new Slice(5, 2, 1).resolve(10).count());
    }

    @Test
    void chunksFollowViews() {
        assertEquals("[5000, 5000, 2500]", java.util.Arrays.toString(Chunks.regular(12500, 5000)));
        assertEquals("[50, 50, 25]", java.util.Arrays.toString(Chunks.afterCoarsen(new int[] {5000, 5000, 2500}, 100, 125)));
        assertEquals(5632, Chunks.defaultSide(50000, 50000, 4, 512));
        assertEquals(256, Chunks.defaultSide(1000, 1000, 4, 128));
    }
}
