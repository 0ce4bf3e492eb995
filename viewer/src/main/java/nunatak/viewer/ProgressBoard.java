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
 * board.state(id);   // {"done": 3, "total": 12}; 0 of 0 before the request arrives
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

    /** Whether the page's id can be tracked: 1 to 64 letters, digits, '-' or '_'. */
    static boolean usable(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** A listener that reports under {@code id}, or {@link ProgressListener#NONE} when the request gave no usable id. */
    synchronized ProgressListener track(String id) {
        if (!usable(id)) {
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

    /**
     * {"done", "total"} of the request; 0 of 0 for an id not seen (yet): the page polls while its request may still
     * be on its way, so an id the server has not met is a request that has not started, not an error.
     */
    synchronized Map<String, Long> state(String id) {
        Entry e = entries.get(id);
        return e == null ? Map.of("done", 0L, "total", 0L) : Map.of("done", e.done().get(), "total", e.total().get());
    }
}
