package nunatak.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Coalesces byte ranges into fewer requests: sorted ranges whose gap is at most {@code maxGap} bytes are
 * fetched as one span (the gap is read and thrown away), never growing a span beyond {@code maxSpan}.
 */
public final class RangeMerger {
    private RangeMerger() {
    }

    /** One request and the ranges it serves. */
    public record Group(ByteRange span, List<ByteRange> members) {
    }

    public static List<Group> merge(List<ByteRange> ranges, long maxGap, long maxSpan) {
        List<ByteRange> sorted = ranges.stream().distinct().sorted().toList();
        List<Group> out = new ArrayList<>();
        long start = -1;
        long end = -1;
        List<ByteRange> members = new ArrayList<>();
        for (ByteRange r : sorted) {
            long newEnd = Math.max(end, r.end());
            boolean fits = start >= 0 && r.offset() - end <= maxGap && newEnd - start <= maxSpan;
            if (!fits && start >= 0) {
                out.add(new Group(new ByteRange(start, end - start), members));
                members = new ArrayList<>();
                start = -1;
            }
            if (start < 0) {
                start = r.offset();
                end = r.end();
            } else {
                end = newEnd;
            }
            members.add(r);
        }
        if (start >= 0) {
            out.add(new Group(new ByteRange(start, end - start), members));
        }
        return out;
    }
}
