package nunatak.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeMergerTest {

    private static ByteRange r(long offset, long length) {
        return new ByteRange(offset, length);
    }

    private static List<ByteRange> spans(List<RangeMerger.Group> groups) {
        return groups.stream().map(RangeMerger.Group::span).toList();
    }

    @Test
    void adjacentRangesBecomeOneRequest() {
        List<RangeMerger.Group> g = RangeMerger.merge(List.of(r(0, 10), r(10, 10), r(20, 5)), 0, 1000);
        assertEquals(List.of(r(0, 25)), spans(g));
        assertEquals(List.of(r(0, 10), r(10, 10), r(20, 5)), g.get(0).members());
    }

    @Test
    void aGapUpToTheLimitIsReadThroughOneByteMoreIsNot() {
        assertEquals(List.of(r(0, 25)), spans(RangeMerger.merge(List.of(r(0, 10), r(15, 10)), 5, 1000)));
        assertEquals(List.of(r(0, 10), r(15, 10)), spans(RangeMerger.merge(List.of(r(0, 10), r(15, 10)), 4, 1000)));
    }

    @Test
    void aSpanNeverGrowsBeyondTheMaximum() {
        List<RangeMerger.Group> g = RangeMerger.merge(List.of(r(0, 10), r(10, 10), r(20, 10), r(30, 10)), 0, 20);
        assertEquals(List.of(r(0, 20), r(20, 20)), spans(g));
        assertEquals(List.of(r(20, 10), r(30, 10)), g.get(1).members());
    }

    @Test
    void aRangeLargerThanTheMaximumIsStillReadAlone() {
        assertEquals(List.of(r(0, 5), r(5, 100), r(105, 5)),
                spans(RangeMerger.merge(List.of(r(0, 5), r(5, 100), r(105, 5)), 0, 50)));
    }

    @Test
    void duplicatesAreFetchedOnce() {
        List<RangeMerger.Group> g = RangeMerger.merge(List.of(r(40, 10), r(40, 10), r(40, 10)), 0, 1000);
        assertEquals(List.of(r(40, 10)), spans(g));
        assertEquals(List.of(r(40, 10)), g.get(0).members());
    }

    @Test
    void unsortedInputIsSortedFirst() {
        List<RangeMerger.Group> g = RangeMerger.merge(List.of(r(500, 10), r(0, 10), r(20, 10), r(480, 10)), 10, 1000);
        assertEquals(List.of(r(0, 30), r(480, 30)), spans(g));
        assertEquals(List.of(r(480, 10), r(500, 10)), g.get(1).members());
    }

    @Test
    void overlappingAndContainedRangesShareASpan() {
        List<RangeMerger.Group> g = RangeMerger.merge(List.of(r(0, 100), r(10, 5), r(90, 20)), 0, 1000);
        assertEquals(List.of(r(0, 110)), spans(g));
        assertEquals(3, g.get(0).members().size());
    }

    @Test
    void nothingInNothingOut() {
        assertEquals(List.of(), RangeMerger.merge(List.of(), 10, 10));
    }
}
