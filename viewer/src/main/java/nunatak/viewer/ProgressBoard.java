package nunatak.viewer;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import nunatak.engine.ProgressListener;

/**
 * Progress of the long requests in flight, by the id the page gives them ({@code X-Request-Id}), so the page can
 * poll {@code GET /api/progress/{id}} while it waits: the engine's tasks done out of those planned. Holds the latest
 * {@link #CAPACITY} ids only.
 *
 * <pre>{@code
 * ProgressListener p = board.track(ctx.header("X-Request-Id"));
 * dem.array(0).interp(line, 8, SamplingMethod.BILINEAR).compute(engine, p);
 * board.state(id);   // {"done": 3, "total": 12} or null
 * }</pre>
 */
final class ProgressBoard {
    static final int CAPACITY = 256;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Tasks of every job the request ran (a profile or zonal request may run a few). */
    private record Entry(AtomicLong total, AtomicLong done) implements ProgressListener {
        @Override
        public void started(String job, int tasks, long bytes) {
            total.addAndGet(tasks);
        }

        @Override
        public void taskDone(long bytes) {
            done.incrementAndGet();
        }
    }

    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    /** A listener that reports under {@code id}, or {@link ProgressListener#NONE} when the request gave no usable id. */
    synchronized ProgressListener track(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return ProgressListener.NONE;
        }
        Entry e = new Entry(new AtomicLong(), new AtomicLong());
        entries.remove(id);
        entries.put(id, e);
        Iterator<String> oldest = entries.keySet().iterator();
        while (entries.size() > CAPACITY) {
            oldest.next();
            oldest.remove();
        }
        return e;
    }

    /** {"done", "total"} of the request, or null when the id is unknown. */
    synchronized Map<String, Long> state(String id) {
        Entry e = entries.get(id);
        return e == null ? null : Map.of("done", e.done().get(), "total", e.total().get());
    }
}
